namespace GoalFrames.Canon;

/// <summary>A job family (function), e.g. <c>CLINIC1</c> Clinical Trials Operations.</summary>
/// <param name="Code">The family code.</param>
/// <param name="Name">The family name.</param>
/// <param name="Focuses">The focuses (sub-families) of this family.</param>
public sealed record JobFamily(string Code, string Name, IReadOnlyList<Focus> Focuses);
