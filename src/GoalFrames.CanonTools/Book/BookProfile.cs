namespace GoalFrames.CanonTools.Book;

/// <summary>One profile (a focus at one level) as its family file holds it.</summary>
/// <param name="Level">The level code.</param>
/// <param name="Title">The job title, or null.</param>
/// <param name="Status">The status as written (<c>draft</c>, <c>approved</c>).</param>
/// <param name="Version">The profile version as written.</param>
/// <param name="Sample">True for sample content.</param>
/// <param name="Provenance">Where the text came from.</param>
/// <param name="CoreOutputs">The core outputs.</param>
/// <param name="Responsibilities">The component responsibilities.</param>
/// <param name="Rubrics">The rubrics, keyed by their YAML key (<c>complexity</c>, <c>knowledge_application</c>).</param>
public sealed record BookProfile(
    string Level,
    string? Title,
    string Status,
    string Version,
    bool Sample,
    string Provenance,
    IReadOnlyList<BookRow> CoreOutputs,
    IReadOnlyList<BookRow> Responsibilities,
    IReadOnlyList<BookRow> Rubrics)
{
    /// <summary>The rows of one text field.</summary>
    /// <param name="field">The field.</param>
    public IReadOnlyList<BookRow> Rows(string field) => field switch
    {
        BookFields.CoreOutputs => CoreOutputs,
        BookFields.Responsibilities => Responsibilities,
        BookFields.Rubrics => Rubrics,
        _ => [],
    };
}
