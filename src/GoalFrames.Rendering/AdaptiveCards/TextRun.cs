using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A run of text inside a <see cref="RichTextBlock"/>; shown as given, never parsed as Markdown.</summary>
/// <param name="Text">The text.</param>
public sealed record TextRun(string Text)
{
    /// <summary>Always <c>TextRun</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "TextRun";

    /// <summary>The size.</summary>
    public TextSize? Size { get; init; }

    /// <summary>The weight.</summary>
    public TextWeight? Weight { get; init; }

    /// <summary>The color.</summary>
    public TextColor? Color { get; init; }

    /// <summary>Dimmed text.</summary>
    public bool? IsSubtle { get; init; }

    /// <summary>Italic text.</summary>
    public bool? Italic { get; init; }

    /// <summary>Monospace or default.</summary>
    public FontType? FontType { get; init; }
}
