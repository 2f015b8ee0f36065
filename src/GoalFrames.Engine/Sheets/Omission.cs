namespace GoalFrames.Engine.Sheets;

/// <summary>Something the sheet leaves out because the canon lacks the field it would stand on.</summary>
/// <param name="Kind">The framework concerned.</param>
/// <param name="What">What was left out, e.g. <c>SMART goals</c> or <c>the Achievable line</c>.</param>
/// <param name="MissingField">The canon field that is missing, e.g. <c>core_outputs</c> or <c>rubrics.complexity</c>.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record Omission(FrameKind Kind, string What, string MissingField, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{What} left out: {Reason} ({MissingField})";
}
