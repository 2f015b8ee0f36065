using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
/// <param name="Items">The elements.</param>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    /// <summary>Always <c>Column</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c> or a relative weight such as <c>2</c>.</summary>
    public string? Width { get; init; }

    /// <summary>Vertical alignment of the items.</summary>
    public string? VerticalContentAlignment { get; init; }
}
