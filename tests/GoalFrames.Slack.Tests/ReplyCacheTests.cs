using GoalFrames.Slack.Commands;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Tests;

public sealed class ReplyCacheTests
{
    [Fact]
    public void GetOrAdd_SameCanonAndWords_AnswersOnce()
    {
        var cache = new ReplyCache(Options.Create(new SlackOptions()));
        var calls = 0;

        var first = cache.GetOrAdd("fp1", "/goals", "clinops M5 smart", () => [new SlackMessage("ephemeral", $"answer {++calls}")]);
        var second = cache.GetOrAdd("fp1", "/goals", "clinops M5 smart", () => [new SlackMessage("ephemeral", $"answer {++calls}")]);

        Assert.Equal(1, calls);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrAdd_NewCanonFingerprint_AnswersAgain()
    {
        var cache = new ReplyCache(Options.Create(new SlackOptions()));

        var before = cache.GetOrAdd("fp1", "/goals", "clinops M5 smart", () => [new SlackMessage("ephemeral", "old canon")]);
        var after = cache.GetOrAdd("fp2", "/goals", "clinops M5 smart", () => [new SlackMessage("ephemeral", "new canon")]);

        Assert.Equal("old canon", before.Message.Text);
        Assert.Equal("new canon", after.Message.Text);
    }

    [Fact]
    public void GetOrAdd_CacheOff_AlwaysAnswers()
    {
        var cache = new ReplyCache(Options.Create(new SlackOptions { ReplyCacheSize = 0 }));
        var calls = 0;

        cache.GetOrAdd("fp", "/goals", "x", () => [new SlackMessage("ephemeral", $"{++calls}")]);
        cache.GetOrAdd("fp", "/goals", "x", () => [new SlackMessage("ephemeral", $"{++calls}")]);

        Assert.Equal(2, calls);
    }

    [Fact]
    public void Serialize_NonAsciiCanonText_StaysReadableUtf8()
    {
        var json = System.Text.Encoding.UTF8.GetString(ReplyCache.Serialize(new SlackMessage("ephemeral", "\u27E8target\u27E9 \u2014 \"quoted\"")));

        Assert.Equal("{\"response_type\":\"ephemeral\",\"text\":\"\u27E8target\u27E9 \u2014 \\\"quoted\\\"\"}", json);
    }
}
