namespace GoalFrames.Rendering.Json;

/// <summary>The JSON form of a goal sheet: every line as text and as its typed pieces.</summary>
/// <param name="ProfileId">The profile id.</param>
/// <param name="CanonVersion">The canon's declared version.</param>
/// <param name="CanonFingerprint">The content fingerprint.</param>
/// <param name="Title">The title.</param>
/// <param name="Identity">The identity line.</param>
/// <param name="Promise">The promise.</param>
/// <param name="Sections">The frameworks.</param>
/// <param name="Omissions">What was left out.</param>
/// <param name="Growth">For a growth sheet, the two levels it compares; null otherwise.</param>
public sealed record SheetDocument(
    string ProfileId,
    string CanonVersion,
    string CanonFingerprint,
    LineDocument Title,
    LineDocument Identity,
    LineDocument Promise,
    IReadOnlyList<SectionDocument> Sections,
    IReadOnlyList<OmissionDocument> Omissions,
    GrowthDocument? Growth = null);
