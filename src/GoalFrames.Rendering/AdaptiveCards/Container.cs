namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A group of elements, optionally styled.</summary>
/// <param name="Items">The elements.</param>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>The background style.</summary>
    public ContainerStyle? Style { get; init; }
}
