using System.Diagnostics;
using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// <c>goalframes export</c> through the binary people run, on the real SQLite store the host's settings name: every
/// format is written and reads back. test.sh runs this against the Native AOT binary too, where the JSON is source-generated and the code trimmed.
/// </summary>
public sealed class ExportBinaryTests
{
    [Theory]
    [InlineData("cultureamp", "goals.csv")]
    [InlineData("betterworks", "goals.csv")]
    [InlineData("json", "goals.json")]
    [InlineData("csv", "goals.csv")]
    [InlineData("markdown", "goals.md")]
    public async Task Export_OfDraftsInASqliteStore_WritesTheFormat(string format, string name)
    {
        var folder = Directory.CreateTempSubdirectory("goalframes-export-binary-").FullName;
        try
        {
            var store = Path.Combine(folder, "goalframes.db");
            await SaveAsync(store);
            var file = Path.Combine(folder, name);

            // The store the host's settings name, as serve reads them (here from the environment).
            var info = HostProcess.StartInfo("export", "--format", format, "--out", file);
            info.Environment["Storage__ConnectionString"] = $"Data Source={store}";
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.True(process.ExitCode == 0, await output + await error);
            Assert.Contains("ok: wrote", await output, StringComparison.Ordinal);
            var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            Assert.Contains(format == "json" ? "Ada Lovelace" : format == "markdown" ? "# Ada Lovelace" : "ada@example.com", text, StringComparison.Ordinal);
            if (format == "json")
            {
                using var json = JsonDocument.Parse(text);
                Assert.Equal("CLINIC1.CLINICAL3CD6.M5", json.RootElement[0].GetProperty("goals")[0].GetProperty("source").GetProperty("profileId").GetString());
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Export_WhereTheSettingsNameNoStore_SaysSoWithExitCode1_AndCreatesNone()
    {
        var folder = Directory.CreateTempSubdirectory("goalframes-export-nostore-").FullName;
        try
        {
            var info = HostProcess.StartInfo("export", "--format", "json", "--canon", RepoPaths.SampleCanon);
            info.WorkingDirectory = folder;
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.Equal(1, process.ExitCode);
            Assert.Contains("there is no SQLite store at", await error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "data", "goalframes.db")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SaveAsync(string file)
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={file}" }).Build();
        await using var services = new ServiceCollection().AddGoalFramesStorage(configuration).BuildServiceProvider();
        var sheet = new FrameEngine().Build(canon, canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!, [FrameKind.Okr]);
        var content = DraftContent.FromSheet(sheet, FrameKind.Okr, [])! with { About = new DraftSubject("U100", "Ada Lovelace") { Email = "ada@example.com" } };
        Assert.IsType<SaveResult.Saved>(await services.GetRequiredService<IDraftStore>().SaveAsync(new DraftOwner("slack", "T1", "U1"), content, 0, TestContext.Current.CancellationToken));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
