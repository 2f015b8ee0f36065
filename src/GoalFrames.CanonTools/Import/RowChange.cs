namespace GoalFrames.CanonTools.Import;

/// <summary>What the import did to one row of a profile.</summary>
public enum RowChangeKind
{
    /// <summary>Same id, same text.</summary>
    Unchanged,

    /// <summary>A row the canon did not have; it got a new id.</summary>
    Added,

    /// <summary>The same row with new text; it kept its id.</summary>
    Reworded,

    /// <summary>A row the sheet no longer has.</summary>
    Removed,
}

/// <summary>One row's change.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Field">The field.</param>
/// <param name="Id">The row id.</param>
/// <param name="Text">The new text (the old one for a removed row).</param>
/// <param name="How">For a reworded row without an id in the sheet: how it was matched (e.g. "87% similar").</param>
public sealed record RowChange(RowChangeKind Kind, string Field, string Id, string Text, string? How = null);
