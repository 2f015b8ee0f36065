namespace GoalFrames.Rendering.BlockKit;

/// <summary>A date picker; its value is <c>yyyy-MM-dd</c>.</summary>
/// <param name="ActionId">The action id.</param>
public sealed record DatePickerElement(string ActionId) : BlockElement(ActionId)
{
    /// <summary>The pre-selected date, <c>yyyy-MM-dd</c>.</summary>
    public string? InitialDate { get; init; }

    /// <summary>Hint text while empty (plain text, at most 150 characters).</summary>
    public TextObject? Placeholder { get; init; }
}
