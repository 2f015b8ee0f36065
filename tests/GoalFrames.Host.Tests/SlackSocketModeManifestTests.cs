using YamlDotNet.RepresentationModel;

namespace GoalFrames.Host.Tests;

/// <summary><c>slack manifest --socket-mode</c> needs no public URL: Slack connects out, so the manifest has no request URLs.</summary>
public sealed class SlackSocketModeManifestTests
{
    [Fact]
    public void SocketModeWithoutUrl_PrintsAManifestWithSocketModeOnAndNoRequestUrls()
    {
        var run = CommandLineRun.Invoke("slack", "manifest", "--socket-mode");

        Assert.True(run.ExitCode == 0, run.Error);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(run.Output));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var settings = (YamlMappingNode)root["settings"];
        Assert.Equal("true", ((YamlScalarNode)settings["socket_mode_enabled"]).Value);
        Assert.DoesNotContain("https://", run.Output, StringComparison.Ordinal);
        var command = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)root["features"])["slash_commands"])[0];
        Assert.Equal("/goals", ((YamlScalarNode)command["command"]).Value);
        Assert.Contains("message.im", ((YamlSequenceNode)((YamlMappingNode)settings["event_subscriptions"])["bot_events"]).Select(e => ((YamlScalarNode)e).Value));
    }

    [Fact]
    public void NeitherUrlNorSocketMode_ExitsTwoSayingWhichToGive()
    {
        var run = CommandLineRun.Invoke("slack", "manifest");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--url", run.Error, StringComparison.Ordinal);
        Assert.Contains("--socket-mode", run.Error, StringComparison.Ordinal);
    }
}
