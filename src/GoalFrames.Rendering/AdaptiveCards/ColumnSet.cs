namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Columns side by side (they stack on narrow screens).</summary>
/// <param name="Columns">The columns.</param>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
