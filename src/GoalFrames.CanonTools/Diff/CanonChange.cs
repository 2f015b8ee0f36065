namespace GoalFrames.CanonTools.Diff;

/// <summary>One difference between two canons.</summary>
/// <param name="Owner">What it belongs to: a profile id, a level code, a family or focus, or <c>canon</c>.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Field">The field (<c>core_outputs</c>, <c>status</c>, <c>dimensions</c>…).</param>
/// <param name="Id">The row id or key, or empty for a single value.</param>
/// <param name="Old">The old text, or null.</param>
/// <param name="New">The new text, or null.</param>
/// <param name="DraftsTouched">How many saved drafts this change would mark superseded (0 without a store).</param>
public sealed record CanonChange(string Owner, ChangeKind Kind, string Field, string Id, string? Old, string? New, int DraftsTouched = 0)
{
    /// <summary>The canon address a saved draft row keeps for this element (<c>CanonRef.ToString()</c>), or null.</summary>
    public string? DraftKey { get; init; }
}
