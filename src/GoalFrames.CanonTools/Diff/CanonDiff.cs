namespace GoalFrames.CanonTools.Diff;

/// <summary>Every difference between two canons, grouped by what they belong to, in the new canon's order.</summary>
/// <param name="Changes">The changes.</param>
/// <param name="DraftsChecked">How many saved drafts were checked, or null without a store.</param>
public sealed record CanonDiff(IReadOnlyList<CanonChange> Changes, int? DraftsChecked)
{
    /// <summary>True when the canons differ.</summary>
    public bool HasChanges => Changes.Count > 0;
}
