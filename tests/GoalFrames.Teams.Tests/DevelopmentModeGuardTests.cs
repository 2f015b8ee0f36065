namespace GoalFrames.Teams.Tests;

/// <summary>Local development mode (no app id): allowed on loopback with a warning, refused anywhere else.</summary>
public sealed class DevelopmentModeGuardTests
{
    [Fact]
    public async Task NoAppId_OnLoopback_StartsAndWarnsThatTokensAreNotChecked()
    {
        await using var host = await TeamsTestHost.StartAsync();

        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("LOCAL DEVELOPMENT MODE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoAppId_ListeningOnAllInterfaces_RefusesToStartAndSaysWhatToSet()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => TeamsTestHost.StartAsync(url: "http://0.0.0.0:0"));

        var message = failure is AggregateException many ? string.Join("\n", many.InnerExceptions.Select(e => e.Message)) : failure.Message;
        Assert.Contains("Teams:AppId is not set", message, StringComparison.Ordinal);
        Assert.Contains("http://0.0.0.0:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAppId_OnAllInterfaces_Starts()
    {
        await using var host = await TeamsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Teams:AppId"] = TestTokens.AppId, ["Teams:AppPassword"] = "secret", ["Teams:TenantId"] = "tenant-1" },
            url: "http://0.0.0.0:0");

        Assert.DoesNotContain(host.Logs.Lines, l => l.Text.Contains("LOCAL DEVELOPMENT MODE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "tenant-1", "Teams:AppPassword")]
    [InlineData("secret", null, "Teams:TenantId")]
    public async Task WithAppId_MissingSecretOrTenant_RefusesToStartAndNamesTheSetting(string? password, string? tenant, string setting)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => TeamsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Teams:AppId"] = TestTokens.AppId, ["Teams:AppPassword"] = password, ["Teams:TenantId"] = tenant }));

        var message = failure is AggregateException many ? string.Join("\n", many.InnerExceptions.Select(e => e.Message)) : failure.Message;
        Assert.Contains(setting, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://[::]:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://192.0.2.10:3978", false)]
    public void IsLoopback_ServerAddresses(string address, bool loopback)
    {
        Assert.Equal(loopback, DevelopmentModeGuard.IsLoopback(address));
    }
}
