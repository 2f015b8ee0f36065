namespace GoalFrames.Canon;

/// <summary>A family + focus + level, with the canon text the frames are built from.</summary>
/// <param name="Id">The id <c>FAMILY.FOCUS.LEVEL</c>.</param>
/// <param name="Family">The job family.</param>
/// <param name="Focus">The focus.</param>
/// <param name="Level">The level.</param>
/// <param name="Title">The profile's own title (a job title), or null.</param>
/// <param name="Status">Draft or approved.</param>
/// <param name="Version">The profile's version number.</param>
/// <param name="IsSample">True for demo content that no HR team approved.</param>
/// <param name="Provenance">Where the text came from.</param>
/// <param name="CoreOutputs">The JFM responsibilities this level owns.</param>
/// <param name="Responsibilities">The component responsibilities.</param>
/// <param name="ComplexityRubric">The jfm complexity/problem-solving rubric, or null.</param>
/// <param name="KnowledgeApplicationRubric">The jfm knowledge-application rubric, or null.</param>
public sealed record Profile(
    string Id,
    JobFamily Family,
    Focus Focus,
    Level Level,
    string? Title,
    ProfileStatus Status,
    int Version,
    bool IsSample,
    string Provenance,
    IReadOnlyList<CanonRow> CoreOutputs,
    IReadOnlyList<CanonRow> Responsibilities,
    CanonRow? ComplexityRubric,
    CanonRow? KnowledgeApplicationRubric);
