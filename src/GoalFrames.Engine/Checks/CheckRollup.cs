using System.Globalization;

namespace GoalFrames.Engine.Checks;

/// <summary>How many goals are ready, have something to fix, or raise a hint: one section's, one sheet's or a whole team's.</summary>
/// <param name="Goals">How many goals were checked.</param>
/// <param name="Ready">Goals with no error (they may have hints).</param>
/// <param name="WithErrors">Goals with at least one error; <c>Ready + WithErrors == Goals</c>.</param>
/// <param name="WithHints">Goals with at least one hint, ready or not.</param>
public sealed record CheckRollup(int Goals, int Ready, int WithErrors, int WithHints)
{
    /// <summary>No goals.</summary>
    public static CheckRollup None { get; } = new(0, 0, 0, 0);

    /// <summary>True when there are goals and every one is ready.</summary>
    public bool AllReady => Goals > 0 && WithErrors == 0;

    /// <summary>One line for an overview, e.g. <c>3 of 15 goals ready · 12 to fix · 2 with hints</c>.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Ready} of {Goals} goal{(Goals == 1 ? string.Empty : "s")} ready")
        + (WithErrors > 0 ? string.Create(CultureInfo.InvariantCulture, $" \u00B7 {WithErrors} to fix") : string.Empty)
        + (WithHints > 0 ? string.Create(CultureInfo.InvariantCulture, $" \u00B7 {WithHints} with hint{(WithHints == 1 ? string.Empty : "s")}") : string.Empty);

    /// <summary>The roll-up of some goals.</summary>
    /// <param name="goals">The goals' checks.</param>
    public static CheckRollup Of(IEnumerable<GoalCheck> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var list = goals as IReadOnlyCollection<GoalCheck> ?? [.. goals];
        return new CheckRollup(list.Count, list.Count(g => g.IsReady), list.Count(g => g.HasErrors), list.Count(g => g.HasHints));
    }

    /// <summary>Adds two roll-ups (e.g. the sheets of a team).</summary>
    /// <param name="left">One roll-up.</param>
    /// <param name="right">The other.</param>
    public static CheckRollup operator +(CheckRollup left, CheckRollup right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new CheckRollup(left.Goals + right.Goals, left.Ready + right.Ready, left.WithErrors + right.WithErrors, left.WithHints + right.WithHints);
    }

    /// <summary>Adds two roll-ups.</summary>
    /// <param name="left">One roll-up.</param>
    /// <param name="right">The other.</param>
    public static CheckRollup Add(CheckRollup left, CheckRollup right) => left + right;
}
