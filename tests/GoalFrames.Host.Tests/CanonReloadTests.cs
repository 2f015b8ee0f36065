using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>Canon hot reload through the real host: edits are served, broken edits are rejected and reported.</summary>
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
        await using var host = await HostProcess.StartAsync("--canon", dir.Dir, "--Canon:ReloadPollSeconds", "1", "--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var first = await ReadyAsync(client);
        Assert.Contains("First wording of the output", await GoalsAsync(client), StringComparison.Ordinal);

        var familyFile = Path.Combine(dir.Dir, "families", "family.yaml");
        await File.WriteAllTextAsync(familyFile, Family.Replace("First wording", "Second wording", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var second = await WaitForAsync(client, r => r.GetProperty("canon").GetProperty("fingerprint").GetString() != first.GetProperty("canon").GetProperty("fingerprint").GetString());

        Assert.Equal("ready", second.GetProperty("status").GetString());
        Assert.Contains("Second wording of the output", await GoalsAsync(client), StringComparison.Ordinal);

        await File.WriteAllTextAsync(familyFile, Family.Replace("status: draft", "status: drafty", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var degraded = await WaitForAsync(client, r => r.GetProperty("status").GetString() == "degraded");

        var problem = Assert.Single(degraded.GetProperty("canon").GetProperty("problems").EnumerateArray()).GetString();
        Assert.StartsWith("families/family.yaml:11:17: 'status' in a profile must be one of draft, approved", problem, StringComparison.Ordinal);
        Assert.Equal(second.GetProperty("canon").GetProperty("fingerprint").GetString(), degraded.GetProperty("canon").GetProperty("fingerprint").GetString());
        Assert.Contains("Second wording of the output", await GoalsAsync(client), StringComparison.Ordinal);
        Assert.Contains("Canon change rejected", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenCanon_RestoredByteForByte_IsReadyAgain()
    {
        using var dir = new TempCanon(Family);
        await using var host = await HostProcess.StartAsync("--canon", dir.Dir, "--Canon:ReloadPollSeconds", "1", "--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var canonFile = Path.Combine(dir.Dir, "canon.yaml");
        var original = await File.ReadAllBytesAsync(canonFile, TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(canonFile, "name: [unclosed", TestContext.Current.CancellationToken);
        await WaitForAsync(client, r => r.GetProperty("status").GetString() == "degraded");
        await File.WriteAllBytesAsync(canonFile, original, TestContext.Current.CancellationToken);
        var ready = await WaitForAsync(client, r => r.GetProperty("status").GetString() == "ready");

        Assert.Empty(ready.GetProperty("canon").GetProperty("problems").EnumerateArray());
        await host.WaitForLogAsync("Canon files are good again");
    }

    /// <summary>
    /// Tests run as root, who reads any file; the host runs here without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
    /// (setpriv), so file modes bind it as they bind a service user.
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
            var degraded = await WaitForAsync(client, r => r.GetProperty("status").GetString() == "degraded");
            Assert.Contains("denied", degraded.GetProperty("canon").GetProperty("problems").GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("First wording of the output", await GoalsAsync(client), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(familyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await WaitForAsync(client, r => r.GetProperty("status").GetString() == "ready");
    }

    /// <summary>
    /// Files listed by the scan but gone when they are looked at (a ConfigMap swap): held still by a folder the service
    /// may list but not enter (mode r--), so the listing succeeds and every look at a file fails, every time.
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
            await WaitForAsync(client, r => r.GetProperty("status").GetString() == "degraded");
            Assert.Contains("Background canon-reload", host.Log, StringComparison.Ordinal);
            Assert.Contains("First wording of the output", await GoalsAsync(client), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(families, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await WaitForAsync(client, r => r.GetProperty("status").GetString() == "ready");
    }

    private static async Task<JsonElement> ReadyAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri("readyz", UriKind.Relative), TestContext.Current.CancellationToken);

    private static async Task<JsonElement> WaitForAsync(HttpClient client, Func<JsonElement, bool> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var ready = await ReadyAsync(client);
            if (condition(ready))
            {
                return ready;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("the canon change was not picked up within 20 s");
    }

    private static async Task<string> GoalsAsync(HttpClient client)
    {
        using var response = await SlackSigner.PostAsync(client, Secret, "slack/commands", "command=%2Fgoals&text=reload%20P2%20smart&user_id=U1&team_id=T1", "application/x-www-form-urlencoded");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
