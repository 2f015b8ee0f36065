namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// A text element. Teams parses its text as Markdown, so GoalFrames puts only its own fixed words here; canon text and
/// the manager's values go into <see cref="RichTextBlock"/> runs, which no client parses.
/// </summary>
/// <param name="Text">The text.</param>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Wrap long text instead of cutting it with an ellipsis.</summary>
    public bool? Wrap { get; init; } = true;

    /// <summary>The size.</summary>
    public TextSize? Size { get; init; }

    /// <summary>The weight.</summary>
    public TextWeight? Weight { get; init; }

    /// <summary>The color.</summary>
    public TextColor? Color { get; init; }

    /// <summary>Dimmed text.</summary>
    public bool? IsSubtle { get; init; }
}
