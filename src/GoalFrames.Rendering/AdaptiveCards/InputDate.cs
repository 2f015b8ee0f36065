namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A date input; its value (<c>yyyy-MM-dd</c>) comes back under <see cref="CardElement.Id"/>.</summary>
public sealed record InputDate : CardElement
{
    /// <summary>The label shown above the input (schema 1.3; clients before that show the placeholder).</summary>
    public string? Label { get; init; }

    /// <summary>Hint text shown while the input is empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The pre-filled date, <c>yyyy-MM-dd</c>.</summary>
    public string? Value { get; init; }
}
