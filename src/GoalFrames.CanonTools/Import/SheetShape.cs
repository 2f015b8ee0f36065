namespace GoalFrames.CanonTools.Import;

/// <summary>The two spreadsheet shapes the import reads.</summary>
public enum SheetShape
{
    /// <summary>One row per text: family, focus, level, field, id, text.</summary>
    RowPerText,

    /// <summary>One row per profile, a column per field; repeated fields numbered or split on a separator.</summary>
    RowPerProfile,
}
