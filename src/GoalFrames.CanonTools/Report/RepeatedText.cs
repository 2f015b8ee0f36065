namespace GoalFrames.CanonTools.Report;

/// <summary>A text that appears verbatim at more than one level: often a copy-paste that was meant to be adapted.</summary>
/// <param name="Text">The text.</param>
/// <param name="Places">Where it appears (<c>PROFILE/field/id</c>).</param>
public sealed record RepeatedText(string Text, IReadOnlyList<string> Places);
