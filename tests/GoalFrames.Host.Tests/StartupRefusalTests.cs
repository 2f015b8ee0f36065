using System.Diagnostics;

namespace GoalFrames.Host.Tests;

/// <summary>
/// Settings that cannot work stop the real binary before it serves anything: it exits with 78 (EX_CONFIG) and one
/// message that names the key to set, with no stack trace for the operator to dig through.
/// </summary>
public sealed class StartupRefusalTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string[], string> Impossible => new()
    {
        { ["--Slack:SigningSecret", "s", "--Slack:ClientId", "111.222", "--Slack:ClientSecret", "client-secret"], "Storage:TokenEncryptionKey is not" },
        { ["--Slack:ClientId", "111.222", "--Slack:ClientSecret", "client-secret", "--Storage:TokenEncryptionKey", " "], "Storage:TokenEncryptionKey is not" },
        { ["--Slack:ClientId", "111.222"], "Set Slack:ClientSecret" },
        { ["--Slack:ClientSecret", "client-secret"], "Set Slack:ClientId" },
        { ["--Teams:AppId", AppId, "--Teams:TenantId", Tenant], "Set Teams:AppPassword" },
        { ["--Teams:AppId", AppId, "--Teams:AppPassword", "secret"], "Set Teams:TenantId" },
        { ["--Storage:Provider", "postgres"], "Set Storage:ConnectionString" },
        { ["--Storage:Provider", "PostgreSQL", "--Storage:ConnectionString", ""], "Set Storage:ConnectionString" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task ImpossibleConfiguration_ExitsWithOneMessageNamingTheKey_AndNoStackTrace(string[] settings, string expected)
    {
        var (exitCode, output) = await RunUntilExitAsync(settings);

        Assert.Equal(78, exitCode);
        Assert.Contains("goalframes: cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OAuthWithTheKeyUnderItsSlackAlias_Starts()
    {
        await using var host = await TestHost.StartAsync(
            "--Slack:ClientId", "111.222", "--Slack:ClientSecret", "client-secret", "--Slack:TokenEncryptionKey", Convert.ToBase64String(new byte[32]));

        Assert.DoesNotContain("cannot start", host.Log, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string[] settings)
    {
        // Its own store unless the settings choose the provider (the key to check may be the connection string).
        using var store = OwnStore.For(settings.Where(a => a.StartsWith("--Storage:Provider", StringComparison.Ordinal)));
        var info = HostProcess.StartInfo(["serve", "--urls", "http://127.0.0.1:0", .. store.Settings, .. settings]);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = process.StandardError.ReadToEndAsync(Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        return (process.ExitCode, await output + await error);
    }
}
