using System.Text.Json;

namespace GoalFrames.Teams.Tests;

/// <summary>What the bot posted, as the Playground's stream shows it: the conversation it went to and the message.</summary>
/// <param name="ConversationId">The Playground's conversation (a personal chat, group chat or channel).</param>
/// <param name="Message">The message as the Playground shows it: its text, attachments and id.</param>
internal sealed record PlaygroundMessage(string ConversationId, JsonElement Message)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public string Id => Message.GetProperty("messageId").GetString()!;

    public string Text => Message.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;

    public IReadOnlyList<JsonElement> Cards => Attachments(AdaptiveCard);

    /// <summary>What a person reads: the message's text and every text of its cards.</summary>
    public string Readable => string.Join("\n", [Text, .. Cards.Select(GoalFrames.Testing.CardJson.AllText)]);

    /// <summary>The contents of the message's attachments of one content type.</summary>
    public IReadOnlyList<JsonElement> Attachments(string contentType) => Message.TryGetProperty("attachments", out var attachments)
        ? [.. attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == contentType).Select(a => a.GetProperty("content"))]
        : [];
}
