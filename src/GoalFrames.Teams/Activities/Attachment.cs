using System.Text.Json;

namespace GoalFrames.Teams.Activities;

/// <summary>An attachment; for cards, <c>application/vnd.microsoft.card.adaptive</c> with the card as content.</summary>
internal sealed record Attachment(string? ContentType, JsonElement? Content);
