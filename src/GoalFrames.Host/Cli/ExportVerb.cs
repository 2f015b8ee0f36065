using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Exports.Team;
using GoalFrames.Storage;

namespace GoalFrames.Host.Cli;

/// <summary>
/// <c>goalframes export --format cultureamp|betterworks|json|csv|markdown [--cycle NAME|START..END] [--owner platform/workspace/user]
/// [--out FILE] [--store CONNECTION]</c>: drafts about people from the store the host uses, as a file for the HR
/// system of record. A cycle NAME is the review cycle of the canon <c>serve</c> would load (<c>--canon</c>, then
/// <c>Canon:Path</c>). Exit 0 written, 1 the canon, store or file could not be used, 2 usage errors.
/// </summary>
internal static class ExportVerb
{
    public const int Failed = 1;

    public static Command Build(Option<string?> canonOption, TextWriter output, TextWriter error)
    {
        var format = new Option<TeamExportFormat?>("--format", "-f")
        {
            Description = $"The file to make: {Listing}.",
            HelpName = string.Join('|', TeamExportFormats.Names),
            Required = true,
            CustomParser = ReadFormat,
        };
        var cycle = new Option<string?>("--cycle") { Description = "Only drafts last saved in the review cycle: the name of the canon's review_cycle (e.g. \"FY2027 goals\"), or START..END (YYYY-MM-DD..YYYY-MM-DD); Betterworks' period columns take the same dates.", HelpName = "NAME|START..END" };
        var owner = new Option<string?>("--owner") { Description = "Only one manager's drafts, as platform/workspace/user (e.g. slack/T0123/U0456)." };
        var outFile = new Option<string?>("--out", "-o") { Description = "The file to write (default: standard output)." };
        var store = new Option<string?>("--store") { Description = "Where drafts are, if not the host's Storage settings: a SQLite file, sqlite:CONNECTION or postgres:CONNECTION." };
        var command = new Command("export", "Export managers' drafts about people for the HR system of record (Culture Amp, Betterworks), or as JSON, CSV or Markdown, from the host's store.") { format, cycle, owner, outFile, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var chosen = result.GetValue(format)!.Value;
            DraftOwner? only = null;
            if (result.GetValue(owner) is { } ownerText && (only = Owner(ownerText)) is null)
            {
                error.WriteLine($"error: --owner '{ownerText}' is not platform/workspace/user, e.g. slack/T0123/U0456.");
                return UsageErrors.ExitCode;
            }

            var canon = GoalFramesCommandLine.LoadCanon(result.GetValue(canonOption), error);
            if (canon is null)
            {
                return Failed;
            }

            ExportCycle? period = null;
            if (result.GetValue(cycle) is { } typed && (period = ExportCycle.Of(typed, canon.ReviewCycle)) is null)
            {
                error.WriteLine(NotACycle(typed, canon.ReviewCycle));
                return UsageErrors.ExitCode;
            }

            IReadOnlyList<Draft> drafts;
            try
            {
                drafts = result.GetValue(store) is { } connection
                    ? await DraftArchive.ReadAllAsync(connection, cancellationToken).ConfigureAwait(false)
                    : await DraftArchive.ReadAllAsync(GoalFramesCommandLine.CommandLineConfiguration(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException or IOException)
            {
                error.WriteLine($"error: cannot read saved drafts from the store: {ex.Message}");
                return Failed;
            }

            var export = new TeamExporter(new FrameEngine()).Export(canon, drafts.Where(d => only is null || d.Owner == only), chosen, period);
            var target = result.GetValue(outFile);
            var report = target is null ? error : output;
            try
            {
                if (target is null)
                {
                    output.Write(export.Content);
                }
                else
                {
                    await File.WriteAllTextAsync(target, export.Content, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {target}: {ex.Message}");
                return Failed;
            }

            foreach (var line in ExportSummaryText.Lines(export, target ?? "standard output", period))
            {
                report.WriteLine(line);
            }

            return 0;
        });
        return command;
    }

    private static string Listing => "cultureamp (Culture Amp individual goals), betterworks (Betterworks OKR upload), json (one document per person, with canon sources), csv, markdown";

    private static TeamExportFormat? ReadFormat(ArgumentResult result)
    {
        var typed = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (TeamExportFormats.Parse(typed) is { } format)
        {
            return format;
        }

        result.AddError($"'{typed}' is not an export format. Use one of: {Listing}.");
        return null;
    }

    private static string NotACycle(string typed, ReviewCycle? declared) =>
        (declared is null
            ? $"error: --cycle '{typed}' is not a range of dates, and the canon declares no review cycle to name (review_cycle in canon.yaml); give "
            : $"error: --cycle '{typed}' is neither the canon's review cycle, \"{declared.Name}\" ({ExportCycle.Iso(declared.Start)}..{ExportCycle.Iso(declared.End)}), nor a range of dates; give --cycle \"{declared.Name}\" or ")
        + "the first and last day drafts were saved in, e.g. --cycle 2027-01-01..2027-03-31.";

    private static DraftOwner? Owner(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? new DraftOwner(parts[0], parts[1], parts[2]) : null;
    }
}
