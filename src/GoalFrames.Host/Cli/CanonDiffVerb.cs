using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.CanonTools.Diff;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage;

namespace GoalFrames.Host.Cli;

/// <summary>
/// <c>goalframes canon diff OLD NEW [--store CONNECTION] [--format text|json]</c>: what publishing NEW over OLD changes,
/// and with a store how many saved drafts each change touches. Exit 0 no change, 1 changes, 2 errors.
/// </summary>
internal static class CanonDiffVerb
{
    public const int NoChange = 0;
    public const int Changes = 1;
    public const int Errors = 2;

    public static Command Build(TextWriter output, TextWriter error)
    {
        var oldDir = new Argument<string>("old") { Description = "The canon directory as published now." };
        var newDir = new Argument<string>("new") { Description = "The canon directory about to be published." };
        var store = new Option<string?>("--store") { Description = "Where saved drafts are: a SQLite file, sqlite:CONNECTION or postgres:CONNECTION (e.g. postgres:Host=db;Database=goalframes;Username=…)." };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "What publishing NEW over OLD changes per profile (rows added, removed, reworded, re-ordered; header and level changes) and, with --store, how many saved drafts each change touches. Exit 0: no change, 1: changes, 2: errors.") { oldDir, newDir, store, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            var before = Read(result.GetValue(oldDir)!, error);
            var after = Read(result.GetValue(newDir)!, error);
            if (before is null || after is null)
            {
                return Errors;
            }

            IReadOnlyList<Draft>? drafts = null;
            if (result.GetValue(store) is { } connection)
            {
                try
                {
                    drafts = await DraftArchive.ReadAllAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException or IOException)
                {
                    error.WriteLine($"error: cannot read saved drafts from the store: {ex.Message}");
                    return Errors;
                }
            }

            var diff = CanonDiffer.Compare(before.Book!, before.Loaded.Canon!, after.Book!, after.Loaded.Canon!, drafts);
            if (result.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(diff, CanonDiffJsonContext.Default.CanonDiff));
            }
            else
            {
                WriteText(diff, output);
            }

            return diff.HasChanges ? Changes : NoChange;
        });
        return command;
    }

    private static BookReadResult? Read(string directory, TextWriter error)
    {
        var read = CanonBookReader.Read(directory);
        if (read.Book is null)
        {
            CanonReport.WriteProblems(read.Loaded, directory, error);
            return null;
        }

        return read;
    }

    private static void WriteText(CanonDiff diff, TextWriter output)
    {
        foreach (var owner in diff.Changes.GroupBy(c => c.Owner))
        {
            output.WriteLine(owner.Key);
            foreach (var change in owner)
            {
                var what = change.Id.Length == 0 ? change.Field : $"{change.Field}/{change.Id}";
                var text = change.Kind switch
                {
                    ChangeKind.Added => $"added {what}: {change.New}",
                    ChangeKind.Removed => $"removed {what}: {change.Old}",
                    ChangeKind.Reordered => $"re-ordered {what}",
                    _ => $"reworded {what}: \"{change.Old}\" → \"{change.New}\"",
                };
                var touched = diff.DraftsChecked is null || change.DraftKey is null ? string.Empty : $" (touches {N(change.DraftsTouched)} saved draft{(change.DraftsTouched == 1 ? string.Empty : "s")})";
                output.WriteLine($"  {text}{touched}");
            }
        }

        var drafts = diff.DraftsChecked is { } checkedCount ? $"; {N(checkedCount)} saved drafts checked" : string.Empty;
        output.WriteLine(diff.HasChanges ? $"{N(diff.Changes.Count)} changes in {N(diff.Changes.Select(c => c.Owner).Distinct().Count())} places{drafts}" : $"no changes{drafts}");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
