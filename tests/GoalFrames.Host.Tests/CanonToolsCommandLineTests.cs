using GoalFrames.Canon;
using GoalFrames.CanonTools.Sheets;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>The HR cycle on the command line: export, edit a text, import, report, diff against saved drafts, publish.</summary>
public sealed class CanonToolsCommandLineTests : IDisposable
{
    private const string Profile = "CLINDATA1.CDM.P3";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "goalframes-hr-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task HrCycle_ChangeOneTextInTheSheet_DiffCountsTheDraftItTouches_AndTheDraftKeepsItsRow()
    {
        var published = Copy(RepoPaths.SampleCanon, Path.Combine(_dir, "published"));
        var next = Copy(published, Path.Combine(_dir, "next"));
        var sheet = Path.Combine(_dir, "canon.csv");
        Assert.Equal(0, CommandLineRun.Invoke("canon", "export", published, "-f", "csv", "--out", sheet).ExitCode);
        var rows = CsvSheetReader.Read(sheet).Rows.Select(r => Enumerable.Range(0, 6).Select(i => r[i]?.Value ?? string.Empty).ToArray()).ToList();
        var edc = rows.Single(r => r[4] == "edc-build");
        edc[5] = edc[5].Replace("leads user acceptance testing", "runs user acceptance testing", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(sheet, rows.Select(r => string.Join(',', r.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))), TestContext.Current.CancellationToken);

        var import = CommandLineRun.Invoke("canon", "import", sheet, "--out", next);
        var report = CommandLineRun.Invoke("canon", "report", next, "-f", "json");
        var store = Path.Combine(_dir, "drafts.db");
        var draft = await SaveDraftAsync(store, CanonLoader.LoadOrThrow(published));
        var diff = CommandLineRun.Invoke("canon", "diff", published, next, "--store", store);
        var same = CommandLineRun.Invoke("canon", "diff", published, published);
        var broken = CommandLineRun.Invoke("canon", "diff", published, Path.Combine(_dir, "missing"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"{Profile}: 0 added, 1 reworded, 0 removed", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("\"levelsWithoutDimensions\"", report.Output, StringComparison.Ordinal);
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("reworded core_outputs/edc-build", diff.Output, StringComparison.Ordinal);
        Assert.Contains("(touches 1 saved draft)", diff.Output, StringComparison.Ordinal);
        Assert.Equal((0, "no changes\n"), (same.ExitCode, same.Output));
        Assert.Equal(2, broken.ExitCode);

        var drift = DraftDrift.Check(draft, CanonLoader.LoadOrThrow(next));
        var changed = Assert.Single(drift.Changed);
        Assert.Equal("edc-build", changed.Row.Ref.RowId);
        Assert.Empty(drift.Removed);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<Draft> SaveDraftAsync(string file, CanonSnapshot canon)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={file}" }).Build();
        await using var services = new ServiceCollection().AddGoalFramesStorage(configuration).BuildServiceProvider();
        var sheet = new FrameEngine().Build(canon, canon.FindProfile(Profile)!, [FrameKind.Smart]);
        var content = DraftContent.FromSheet(sheet, FrameKind.Smart, [])!;
        var saved = await services.GetRequiredService<IDraftStore>().SaveAsync(new DraftOwner("slack", "T1", "U1"), content, 0, TestContext.Current.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Assert.IsType<SaveResult.Saved>(saved).Draft;
    }

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
