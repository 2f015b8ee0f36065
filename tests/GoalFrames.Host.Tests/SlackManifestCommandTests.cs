namespace GoalFrames.Host.Tests;

public sealed class SlackManifestCommandTests
{
    [Fact]
    public void SlackManifest_PublicUrl_PrintsTheManifestWithIt()
    {
        var run = CommandLineRun.Invoke("slack", "manifest", "--url", "https://goals.example.org");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("url: https://goals.example.org/slack/commands", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("goalframes.example.com", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://goals.example.org", "Slack only calls HTTPS URLs")]
    [InlineData("goals.example.org", "is not an absolute URL")]
    public void SlackManifest_BadUrl_ExitsTwoWithTheReason(string url, string reason)
    {
        var run = CommandLineRun.Invoke("slack", "manifest", "--url", url);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }
}
