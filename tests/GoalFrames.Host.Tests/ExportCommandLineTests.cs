using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage;
using GoalFrames.Testing;
using Sylvan.Data.Csv;

namespace GoalFrames.Host.Tests;

/// <summary>HR's export from the command line: drafts a manager saved in a real SQLite store, out as a goal tool's file.</summary>
public sealed class ExportCommandLineTests : IDisposable
{
    private const string Profile = "CLINIC1.CLINICAL3CD6.M5";
    private static readonly DraftOwner Manager = new("slack", "T1", "U1");
    private static readonly DraftOwner OtherManager = new("slack", "T1", "U9");
    private readonly string _dir = Directory.CreateTempSubdirectory("goalframes-export-").FullName;

    [Fact]
    public async Task Export_CultureAmp_WritesOneRowPerGoalOfEachPersonWithAnEmail_AndNamesWhoHasNone()
    {
        var store = await SaveTeamAsync();
        var file = Path.Combine(_dir, "goals.csv");

        var run = CommandLineRun.Invoke("export", "--format", "cultureamp", "--store", store, "--out", file);

        Assert.Equal(0, run.ExitCode);
        var rows = Read(file);
        var smartGoals = new FrameEngine().Build(Canon(), Canon().FindProfile(Profile)!, [FrameKind.Smart]).Sections[0].Items.Count();
        Assert.Equal(2 * smartGoals, rows.Count);
        Assert.Equal(["ada@example.com", "grace@example.com"], rows.Select(r => r["email"]).Distinct().Order());
        Assert.All(rows, r => Assert.Contains($"canon {Profile}, row ", r["description"], StringComparison.Ordinal));
        Assert.Contains($"ok: wrote {2 * smartGoals} goals of 2 people to {file}", run.Output, StringComparison.Ordinal);
        Assert.Contains("left out, no email known: Edsger Dijkstra", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OwnerAndCycle_KeepOnlyThatManagersDraftsSavedThen_AndJsonGoesToStandardOutput()
    {
        var store = await SaveTeamAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var mine = CommandLineRun.Invoke("export", "-f", "json", "--store", store, "--owner", Manager.ToString(), "--cycle", $"{today.AddDays(-1):yyyy-MM-dd}..{today.AddDays(1):yyyy-MM-dd}");
        var before = CommandLineRun.Invoke("export", "-f", "json", "--store", store, "--cycle", "2020-01-01..2020-12-31");

        Assert.Equal(0, mine.ExitCode);
        Assert.Contains("\"name\": \"Ada Lovelace\"", mine.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Hopper", mine.Output, StringComparison.Ordinal);
        Assert.Contains("ok: wrote", mine.Error, StringComparison.Ordinal);
        Assert.Equal((0, "[]\n"), (before.ExitCode, before.Output));
    }

    [Fact]
    public async Task Export_CycleByName_IsTheCanonsReviewCycle_InAnyCase_WithItsDates()
    {
        var store = await SaveTeamAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var current = CanonWithCycle("current", "FY2026 goals", today.AddDays(-1), today.AddDays(1));
        var past = CanonWithCycle("past", "FY2020 goals", new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));

        var named = CommandLineRun.Invoke("export", "-f", "json", "--canon", current, "--store", store, "--cycle", "fy2026 GOALS");
        var before = CommandLineRun.Invoke("export", "-f", "json", "--canon", past, "--store", store, "--cycle", "FY2020 goals");

        Assert.Equal(0, named.ExitCode);
        Assert.Contains("\"name\": \"Ada Lovelace\"", named.Output, StringComparison.Ordinal);
        Assert.Contains($"(FY2026 goals {today.AddDays(-1):yyyy-MM-dd}..{today.AddDays(1):yyyy-MM-dd})", named.Error, StringComparison.Ordinal);
        Assert.Equal((0, "[]\n"), (before.ExitCode, before.Output));
        Assert.Contains("(FY2020 goals 2020-01-01..2020-12-31)", before.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_CycleName_WhenTheCanonDeclaresNoCycle_SaysSoAndGivesTheDateFormWithExitCode2()
    {
        using var canon = new TempCanon(DriftCanons.Before);

        var run = CommandLineRun.Invoke("export", "-f", "csv", "--canon", canon.Dir, "--cycle", "FY2027 goals");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --cycle 'FY2027 goals' is not a range of dates, and the canon declares no review cycle to name (review_cycle in canon.yaml); give the first and last day drafts were saved in, e.g. --cycle 2027-01-01..2027-03-31.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'cultuream' is not an export format. Use one of: cultureamp", "export", "--format", "cultuream")]
    [InlineData("--format is required", "export")]
    [InlineData("--cycle 'spring' is neither the canon's review cycle, \"FY2027 goals\" (2027-01-01..2027-12-31), nor a range of dates; give --cycle \"FY2027 goals\" or the first and last day", "export", "-f", "csv", "--cycle", "spring")]
    [InlineData("--cycle '2027-03-31..2027-01-01' is neither the canon's review cycle", "export", "-f", "csv", "--cycle", "2027-03-31..2027-01-01")]
    [InlineData("--owner 'U1' is not platform/workspace/user", "export", "-f", "csv", "--owner", "U1")]
    [InlineData("Did you mean --out", "export", "-f", "csv", "--ou", "x.csv")]
    [InlineData("Did you mean:\n  goalframes export", "exprt", "-f", "csv")]
    [InlineData("Did you mean --format betterworks (or -f betterworks)?", "export", "--betterwork")]
    public void Export_Mistakes_AreExplainedWithExitCode2(string expected, params string[] args)
    {
        var run = CommandLineRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_StoreThatIsNotThere_SaysSoWithExitCode1()
    {
        var run = CommandLineRun.Invoke("export", "-f", "csv", "--store", Path.Combine(_dir, "missing", "drafts.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: cannot read saved drafts from the store", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<string> SaveTeamAsync()
    {
        var file = Path.Combine(_dir, "drafts.db");
        var canon = Canon();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={file}" }).Build();
        await using (var services = new ServiceCollection().AddGoalFramesStorage(configuration).BuildServiceProvider())
        {
            var drafts = services.GetRequiredService<IDraftStore>();
            var sheet = new FrameEngine().Build(canon, canon.FindProfile(Profile)!, [FrameKind.Smart]);
            var item = sheet.Sections[0].Items.First().Key;
            var content = DraftContent.FromSheet(sheet, FrameKind.Smart, [new DraftValue(item, "baseline", "2"), new DraftValue(item, "target", "=4"), new DraftValue(item, "date", "2027-06-30")])!;
            foreach (var (owner, about) in new[]
            {
                (Manager, new DraftSubject("U100", "Ada Lovelace") { Email = "ada@example.com" }),
                (Manager, new DraftSubject("U300", "Edsger Dijkstra")),
                (OtherManager, new DraftSubject("U200", "Grace Hopper") { Email = "grace@example.com" }),
            })
            {
                Assert.IsType<SaveResult.Saved>(await drafts.SaveAsync(owner, content with { About = about }, 0, TestContext.Current.CancellationToken));
            }

            Assert.IsType<SaveResult.Saved>(await drafts.SaveAsync(Manager, content, 0, TestContext.Current.CancellationToken));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return file;
    }

    /// <summary>The sample canon copied under the test's folder, its review cycle rewritten as HR would.</summary>
    private string CanonWithCycle(string folder, string name, DateOnly start, DateOnly end)
    {
        var dir = Path.Combine(_dir, folder);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleCanon, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(dir, Path.GetRelativePath(RepoPaths.SampleCanon, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var header = Path.Combine(dir, "canon.yaml");
        var cycle = $"review_cycle:\n  name: {name}\n  start: {start:yyyy-MM-dd}\n  end: {end:yyyy-MM-dd}\n  goals_due: {end:yyyy-MM-dd}\n";
        File.WriteAllText(header, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(header), @"review_cycle:\n(  .*\n)+", cycle));
        Assert.Equal(name, CanonLoader.LoadOrThrow(dir).ReviewCycle?.Name);
        return dir;
    }

    private static CanonSnapshot Canon() => CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    private static List<Dictionary<string, string>> Read(string file)
    {
        using var reader = CsvDataReader.Create(file, new CsvDataReaderOptions { Delimiter = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString, StringComparer.Ordinal));
        }

        return rows;
    }
}
