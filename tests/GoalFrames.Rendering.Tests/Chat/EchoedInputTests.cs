using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Chat;

/// <summary>What a person typed is quoted back capped, and a reply at a platform limit falls back to a short answer, never an exception.</summary>
public sealed class EchoedInputTests
{
    private static readonly GoalsResponder Responder = new(CanonLoader.LoadOrThrow(RepoPaths.SampleCanon), new FrameEngine());

    public static TheoryData<string> Floods() =>
    [
        new string('&', 4500),
        string.Concat(Enumerable.Repeat("&amp;", 4500)),
        "<@U1|ana> clinops " + new string('&', 4500),
        "clinops " + new string('&', 4500),
        "clinops M5 " + new string('<', 4500),
        string.Concat(Enumerable.Repeat("\U0001F600", 5000)),
    ];

    [Theory]
    [MemberData(nameof(Floods))]
    public void Flood_IsQuotedCappedAndFitsSlack(string words)
    {
        var messages = BlockKitRenderer.Render(Responder.Respond(GoalsCommandParser.Parse(words)));

        var message = Assert.Single(messages);
        Assert.Empty(BlockKitValidator.Validate(message));
        Assert.True(message.Text.Length < 2_000, $"the notification text quotes at most a short piece: {message.Text.Length}");
        Assert.Contains("\u2026", BlockKitRenderer.Serialize(message), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Floods))]
    public void Flood_IsQuotedCappedAndFitsTeams(string words)
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(Responder.Respond(GoalsCommandParser.Parse(words))));

        Assert.True(AdaptiveCardRenderer.SizeOf(card) < 8_000, $"the card quotes at most a short piece: {AdaptiveCardRenderer.SizeOf(card)} bytes");
        Assert.Contains("\u2026", AdaptiveCardRenderer.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void MentionFlood_IsAnsweredWithOnePersonAtATime_WithinSlacksLimits()
    {
        var messages = BlockKitRenderer.Render(Responder.Respond(GoalsCommandParser.Parse(string.Concat(Enumerable.Repeat("<@U1> ", 3000)))));

        var message = Assert.Single(messages);
        Assert.Empty(BlockKitValidator.Validate(message));
        Assert.Contains("one person at a time", message.Text, StringComparison.Ordinal);
        Assert.True(message.Text.Length < 2_000, $"the answer does not echo the flood: {message.Text.Length}");
    }
}
