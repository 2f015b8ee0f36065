using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>appsettings.Example.json: every key the README's settings table names is in it, and the host starts from it as an operator copies it.</summary>
public sealed partial class AppSettingsExampleTests
{
    private static readonly string Example = Path.Combine(RepoPaths.Root, "appsettings.Example.json");

    [Fact]
    public void Example_HasEveryKeyOfTheReadmeTable()
    {
        var keys = Keys(JsonDocument.Parse(File.ReadAllText(Example), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement, prefix: null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var table = readme.SkipWhile(l => l != "## Configuration").Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2).ToList();
        Assert.NotEmpty(table);

        var documented = table.SelectMany(row => KeyName().Matches(row.Split('|')[1]).Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(documented);
        Assert.All(documented, key => Assert.Contains(key, keys));
    }

    [Fact]
    public async Task Example_CopiedAsAppSettingsJson_TheHostStartsFromItAndIsReady()
    {
        var folder = Directory.CreateTempSubdirectory("goalframes-settings-");
        try
        {
            File.Copy(Example, Path.Combine(folder.FullName, "appsettings.json"));
            // A process: the binary reads appsettings.json from its working directory.
            var info = HostProcess.StartInfo("serve", "--urls", "http://127.0.0.1:0", "--Canon:Path", RepoPaths.SampleCanon, "--Storage:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "goalframes.db")}");
            info.WorkingDirectory = folder.FullName;
            using var process = Process.Start(info)!;
            var log = ProcessLog.Follow(process);
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{await ProcessLog.ListeningPortAsync(process, log)}/") };
                using var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.True(ready.StatusCode == HttpStatusCode.OK, $"/readyz answered {ready.StatusCode}");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            Assert.DoesNotContain("cannot start", log.Text, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Keys(JsonElement element, string? prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix is null ? property.Name : prefix + ":" + property.Name;
            yield return key;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in Keys(property.Value, key))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex("`([A-Za-z]+(?::[A-Za-z]+)*)`")]
    private static partial Regex KeyName();
}
