namespace GoalFrames.Engine.Checks;

/// <summary>The findings of one goal item, errors before hints, each code at most once.</summary>
/// <param name="ItemKey">The goal item's key (e.g. <c>smart/dept-head</c>).</param>
/// <param name="Findings">The findings; empty when the goal is complete and raises no question.</param>
public sealed record GoalCheck(string ItemKey, IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>True when nothing is left to fix (hints may remain).</summary>
    public bool IsReady => !HasErrors;

    /// <summary>True when at least one finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Kind == CheckKind.Error);

    /// <summary>True when at least one finding is a hint.</summary>
    public bool HasHints => Findings.Any(f => f.Kind == CheckKind.Hint);
}
