namespace GoalFrames.Canon;

/// <summary>One text row of the canon with its address.</summary>
/// <param name="Ref">Where the row lives.</param>
/// <param name="Text">The verbatim canon text.</param>
public sealed record CanonRow(CanonRef Ref, string Text);
