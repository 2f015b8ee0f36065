namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A text input; its value comes back under <see cref="CardElement.Id"/>. The value is never parsed as Markdown.</summary>
public sealed record InputText : CardElement
{
    /// <summary>The label shown above the input (schema 1.3; clients before that show the placeholder).</summary>
    public string? Label { get; init; }

    /// <summary>Hint text shown while the input is empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The pre-filled value.</summary>
    public string? Value { get; init; }

    /// <summary>Several lines.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>The longest value accepted.</summary>
    public int? MaxLength { get; init; }
}
