namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A paragraph of text runs (schema 1.2). Its runs are never parsed as Markdown.</summary>
/// <param name="Inlines">The runs.</param>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
