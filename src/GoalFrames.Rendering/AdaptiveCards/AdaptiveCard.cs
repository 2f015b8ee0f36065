using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>An Adaptive Card, as Teams takes it in an attachment's <c>content</c>.</summary>
/// <param name="Version">The schema version the card needs; always set (Teams bot cards: 1.5 at most).</param>
/// <param name="Body">The elements, top to bottom.</param>
public sealed record AdaptiveCard(string Version, IReadOnlyList<CardElement> Body)
{
    /// <summary>The attachment content type Teams expects for this card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The JSON schema of Adaptive Cards.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; init; } = "AdaptiveCard";

    /// <summary>The schema version.</summary>
    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = Version;

    /// <summary>Plain text a client shows when it cannot render the card's version.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Buttons under the card.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>How a client refreshes the card per user (Universal Actions).</summary>
    public CardRefresh? Refresh { get; init; }
}
