namespace GoalFrames.CanonTools.Import;

/// <summary>The change report of one profile.</summary>
/// <param name="ProfileId">The profile id.</param>
/// <param name="Rows">Every row's change.</param>
public sealed record ProfileChanges(string ProfileId, IReadOnlyList<RowChange> Rows)
{
    /// <summary>How many rows changed in a given way.</summary>
    /// <param name="kind">The kind.</param>
    public int Count(RowChangeKind kind) => Rows.Count(r => r.Kind == kind);

    /// <summary>True when any row was added, reworded or removed.</summary>
    public bool HasChanges => Rows.Any(r => r.Kind != RowChangeKind.Unchanged);
}
