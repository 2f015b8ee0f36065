using YamlDotNet.RepresentationModel;

namespace GoalFrames.Slack.Tests;

/// <summary>The manifest is what Slack's "create from manifest" accepts: its limits (PROTOCOLS.md) and our URLs.</summary>
public sealed class SlackManifestTests
{
    [Fact]
    public void Write_PublicUrl_PointsEveryRequestUrlAtIt()
    {
        var root = Parse(SlackManifest.Write(new Uri("https://goals.example.org"), socketMode: false));

        Assert.Equal("https://goals.example.org/slack/commands", Scalar(root, "features", "slash_commands", "0", "url"));
        Assert.Equal("https://goals.example.org/slack/events", Scalar(root, "settings", "event_subscriptions", "request_url"));
        Assert.Equal("https://goals.example.org/slack/interactivity", Scalar(root, "settings", "interactivity", "request_url"));
        Assert.Equal("https://goals.example.org/slack/oauth/callback", Scalar(root, "oauth_config", "redirect_urls", "0"));
        Assert.Equal("false", Scalar(root, "settings", "socket_mode_enabled"));
    }

    [Fact]
    public void Write_SocketMode_EnablesIt()
    {
        Assert.Equal("true", Scalar(Parse(SlackManifest.Write(new Uri("https://goals.example.org"), socketMode: true)), "settings", "socket_mode_enabled"));
    }

    [Fact]
    public void Manifest_KeepsSlacksLimits()
    {
        var root = Parse(SlackManifest.Write(new Uri("https://goals.example.org"), socketMode: false));

        Assert.InRange(Scalar(root, "display_information", "name").Length, 1, 35);
        Assert.InRange(Scalar(root, "display_information", "description").Length, 1, 140);
        Assert.Matches("^[a-z0-9-_.]{1,80}$", Scalar(root, "features", "bot_user", "display_name"));
        Assert.InRange(Scalar(root, "features", "slash_commands", "0", "command").Length, 2, 32);
        Assert.InRange(Scalar(root, "features", "slash_commands", "0", "usage_hint").Length, 1, 1000);
        var scopes = Sequence(root, "oauth_config", "scopes", "bot");
        Assert.Equal(["app_mentions:read", "chat:write", "commands", "files:write", "im:history", "im:write", "users:read", "users:read.email"], scopes.Order());

        // "/goals @ana …" must arrive as <@U…|ana>, the id the draft is kept under, not as a bare name.
        Assert.Equal("true", Scalar(root, "features", "slash_commands", "0", "should_escape"));
        Assert.Equal(["app_mention", "app_uninstalled", "message.im", "tokens_revoked"], Sequence(root, "settings", "event_subscriptions", "bot_events").Order());
    }

    [Theory]
    [InlineData("http://goals.example.org")]
    [InlineData("https://goals.example.org/slack")]
    public void Write_NotAnHttpsOrigin_IsRefused(string url)
    {
        Assert.Throws<ArgumentException>(() => SlackManifest.Write(new Uri(url), socketMode: false));
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode Walk(YamlNode node, params string[] path)
    {
        foreach (var step in path)
        {
            node = node is YamlSequenceNode sequence ? sequence.Children[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : ((YamlMappingNode)node).Children[new YamlScalarNode(step)];
        }

        return node;
    }

    private static string Scalar(YamlNode node, params string[] path) => ((YamlScalarNode)Walk(node, path)).Value!;

    private static List<string> Sequence(YamlNode node, params string[] path) =>
        [.. ((YamlSequenceNode)Walk(node, path)).Children.Select(c => ((YamlScalarNode)c).Value!)];
}
