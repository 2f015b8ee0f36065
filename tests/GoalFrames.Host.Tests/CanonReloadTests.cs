using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// Canon hot reload through the host: edits are served, broken edits are rejected and reported. Each wait is on the
/// line the operator reads in the log; /readyz is then asked once.
/// </summary>
public sealed class CanonReloadTests
{
    private const string Secret = "reload-test-secret";
    private const string Family = """
        family:
          code: RELOAD1
          name: Reload family
        focuses:
          - code: GEN
            name: General
            description: Reloads.
            aliases: [reload]
            profiles:
              - level: P2
                status: draft
                version: 1
                provenance: test
                core_outputs:
                  - id: one
                    text: First wording of the output
        """;

    [Fact]
    public async Task EditedCanon_IsServedAndBrokenEdit_KeepsTheLastGoodOneAndSaysWhy()
    {
        using var dir = new TempCanon(Family);
        await using var host = await TestHost.StartAsync("--canon", dir.Dir, "--Canon:ReloadPollSeconds", "1", "--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var first = await ReadyAsync(client);
        Assert.Contains("First wording of the output", await GoalsAsync(client), StringComparison.Ordinal);

        var familyFile = Path.Combine(dir.Dir, "families", "family.yaml");
        await File.WriteAllTextAsync(familyFile, Family.Replace("First wording", "Second wording", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await host.WaitForLogAsync("Canon reloaded");
        var second = await ReadyAsync(client);

        Assert.Equal("ready", second.GetProperty("status").GetString());
        Assert.NotEqual(first.GetProperty("canon").GetProperty("fingerprint").GetString(), second.GetProperty("canon").GetProperty("fingerprint").GetString());
        Assert.Contains("Second wording of the output", await GoalsAsync(client), StringComparison.Ordinal);

        await File.WriteAllTextAsync(familyFile, Family.Replace("status: draft", "status: drafty", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await host.WaitForLogAsync("Canon change rejected");
        var degraded = await ReadyAsync(client);

        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        var problem = Assert.Single(degraded.GetProperty("canon").GetProperty("problems").EnumerateArray()).GetString();
        Assert.StartsWith("families/family.yaml:11:17: 'status' in a profile must be one of draft, approved", problem, StringComparison.Ordinal);
        Assert.Equal(second.GetProperty("canon").GetProperty("fingerprint").GetString(), degraded.GetProperty("canon").GetProperty("fingerprint").GetString());
        Assert.Contains("Second wording of the output", await GoalsAsync(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenCanon_RestoredByteForByte_IsReadyAgain()
    {
        using var dir = new TempCanon(Family);
        await using var host = await TestHost.StartAsync("--canon", dir.Dir, "--Canon:ReloadPollSeconds", "1", "--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var canonFile = Path.Combine(dir.Dir, "canon.yaml");
        var original = await File.ReadAllBytesAsync(canonFile, TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(canonFile, "name: [unclosed", TestContext.Current.CancellationToken);
        await host.WaitForLogAsync("Canon change rejected");
        Assert.Equal("degraded", (await ReadyAsync(client)).GetProperty("status").GetString());
        await File.WriteAllBytesAsync(canonFile, original, TestContext.Current.CancellationToken);
        await host.WaitForLogAsync("Canon files are good again");
        var ready = await ReadyAsync(client);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Empty(ready.GetProperty("canon").GetProperty("problems").EnumerateArray());
    }

    /// <summary>
    /// Tests run as root, who reads any file; the host runs here without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
    /// (setpriv), so file modes bind it as they bind a service user. A process: capabilities belong to a process.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task CanonFile_TheServiceCannotRead_IsReportedAndTheHostKeepsServing()
    {
        using var dir = new TempCanon(Family);
        await using var host = await HostProcess.StartWithoutFileOverridesAsync("--canon", dir.Dir, "--Canon:ReloadPollSeconds", "1", "--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var familyFile = Path.Combine(dir.Dir, "families", "family.yaml");

        File.SetUnixFileMode(familyFile, UnixFileMode.None);
        try
        {
            await host.WaitForLogAsync("Canon change rejected");
            var degraded = await ReadyAsync(client);
            Assert.Equal("degraded", degraded.GetProperty("status").GetString());
            Assert.Contains("denied", degraded.GetProperty("canon").GetProperty("problems").GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("First wording of the output", await GoalsAsync(client), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(familyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await host.WaitForLogAsync("Canon files are good again");
        Assert.Equal("ready", (await ReadyAsync(client)).GetProperty("status").GetString());
    }

    /// <summary>
    /// Files listed by the scan but gone when they are looked at (a ConfigMap swap): held still by a folder the service
    /// may list but not enter (mode r--), so the listing succeeds and every look at a file fails, every time. A process,
    /// under setpriv, as above.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task CanonFiles_ListedButGoneAtStat_AreReportedAndTheHostKeepsServing()
    {
        using var dir = new TempCanon(Family);
        await using var host = await HostProcess.StartWithoutFileOverridesAsync("--canon", dir.Dir, "--Canon:ReloadPollSeconds", "1", "--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var families = Path.Combine(dir.Dir, "families");

        File.SetUnixFileMode(families, UnixFileMode.UserRead);
        try
        {
            await host.WaitForLogAsync("Canon change rejected");
            Assert.Equal("degraded", (await ReadyAsync(client)).GetProperty("status").GetString());
            Assert.Contains("Background canon-reload", host.Log, StringComparison.Ordinal);
            Assert.Contains("First wording of the output", await GoalsAsync(client), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(families, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await host.WaitForLogAsync("Canon files are good again");
        Assert.Equal("ready", (await ReadyAsync(client)).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> ReadyAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri("readyz", UriKind.Relative), TestContext.Current.CancellationToken);

    private static async Task<string> GoalsAsync(HttpClient client)
    {
        using var response = await SlackSigner.PostAsync(client, Secret, "slack/commands", "command=%2Fgoals&text=reload%20P2%20smart&user_id=U1&team_id=T1", "application/x-www-form-urlencoded");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
