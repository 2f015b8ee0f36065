namespace GoalFrames.Canon;

/// <summary>
/// Points at one text row of the canon: the field it lives in, the profile or level that owns it,
/// and the row's stable id. A saved goal keeps this, so it still finds its row after HR edits others.
/// </summary>
/// <param name="Field">The canon field.</param>
/// <param name="OwnerId">A profile id (<c>CLINIC1.CLINICAL3CD6.M5</c>), a level code (<c>M5</c>), a family or focus code.</param>
/// <param name="RowId">The row's stable id within its owner (<c>dept-head</c>, <c>scope</c>, <c>complexity</c>).</param>
public sealed record CanonRef(CanonField Field, string OwnerId, string RowId)
{
    /// <summary>A compact form such as <c>CLINIC1.CLINICAL3CD6.M5/core_outputs/dept-head</c>.</summary>
    public override string ToString() => $"{OwnerId}/{FieldKey}/{RowId}";

    private string FieldKey => Field switch
    {
        CanonField.CoreOutput => "core_outputs",
        CanonField.Responsibility => "responsibilities",
        CanonField.ComplexityRubric or CanonField.KnowledgeApplicationRubric => "rubrics",
        CanonField.LevelDimension => "dimensions",
        _ => "name",
    };
}
