namespace GoalFrames.Rendering.Json;

/// <summary>A framework section.</summary>
/// <param name="Framework">smart, okr, mbo or scorecard.</param>
/// <param name="Heading">The heading.</param>
/// <param name="Intro">The intro line.</param>
/// <param name="Groups">The groups.</param>
public sealed record SectionDocument(string Framework, string Heading, string Intro, IReadOnlyList<GroupDocument> Groups);
