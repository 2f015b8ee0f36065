using GoalFrames.Canon;

namespace GoalFrames.Engine.Checks;

/// <summary>The checks of a goal sheet: per section and goal, notes that concern the whole sheet, and the roll-up.</summary>
/// <param name="Cycle">The review cycle dates were checked against, or null when the canon declares none.</param>
/// <param name="Sections">One per section of the sheet, in order.</param>
/// <param name="Notes">Findings about the sheet as a whole, shown once (today only <see cref="CheckCodes.NoReviewCycle"/>).</param>
public sealed record SheetCheck(ReviewCycle? Cycle, IReadOnlyList<SectionCheck> Sections, IReadOnlyList<CheckFinding> Notes)
{
    /// <summary>The sheet's roll-up.</summary>
    public CheckRollup Rollup => CheckRollup.Of(Sections.SelectMany(s => s.Goals));

    /// <summary>The check of one goal item, or null when the sheet has no such item.</summary>
    /// <param name="itemKey">The item key.</param>
    public GoalCheck? For(string itemKey) => Sections.SelectMany(s => s.Goals).FirstOrDefault(g => g.ItemKey == itemKey);
}
