using System.Text.Json;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Turns replies into outgoing Teams activities: each card its own activity with the card as its only attachment
/// (never text beside it, which Teams would split), and plain words as a text activity.
/// </summary>
internal static class TeamsReplies
{
    public static IReadOnlyList<Activity> Of(GoalsReply reply, ReplyMode mode, IReadOnlyList<string>? refreshUserIds = null) =>
        [.. AdaptiveCardRenderer.Render(reply, mode, refreshUserIds).Select(Card)];

    public static Activity Card(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment(card)],
    };

    public static Attachment Attachment(AdaptiveCard card) =>
        new(AdaptiveCard.ContentType, JsonSerializer.SerializeToElement(card, AdaptiveCardsJsonContext.Default.AdaptiveCard));

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };

    /// <summary>An outgoing activity addressed back into the conversation of <paramref name="incoming"/>, from the bot.</summary>
    public static Activity AddressedTo(Activity outgoing, Activity incoming) => outgoing with
    {
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = incoming.Id,
        ServiceUrl = incoming.ServiceUrl,
        ChannelId = incoming.ChannelId,
    };

    /// <summary>Where goals are shown: editable in the personal chat, read-only for the asker elsewhere.</summary>
    public static ReplyMode ModeFor(Activity incoming) =>
        incoming.Conversation?.ConversationType is null or "personal" ? ReplyMode.Editable : ReplyMode.Private;
}
