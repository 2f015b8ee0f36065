namespace GoalFrames.Engine.Checks;

/// <summary>The stable codes of the check findings; surfaces and exports may key on them.</summary>
public static class CheckCodes
{
    /// <summary>A ⟨baseline⟩, ⟨target⟩ or ⟨date⟩ of the goal is still empty (error).</summary>
    public const string Blank = "blank";

    /// <summary>A date is not written <c>yyyy-MM-dd</c> (error).</summary>
    public const string DateUnreadable = "date-unreadable";

    /// <summary>A date falls before the review cycle's start or after its end (error).</summary>
    public const string DateOutsideCycle = "date-outside-cycle";

    /// <summary>The target says the same as the baseline, ignoring case and surrounding spaces (error).</summary>
    public const string TargetIsBaseline = "target-is-baseline";

    /// <summary>The target states no number, percentage, amount of money or date (hint).</summary>
    public const string TargetNotMeasurable = "target-not-measurable";

    /// <summary>The canon declares no review cycle, so dates are not checked against one (hint, once per sheet).</summary>
    public const string NoReviewCycle = "no-review-cycle";
}
