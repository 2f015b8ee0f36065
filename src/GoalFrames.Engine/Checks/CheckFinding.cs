using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Checks;

/// <summary>One thing a check found about a goal (or, for <see cref="CheckCodes.NoReviewCycle"/>, about the whole sheet).</summary>
/// <param name="Kind">Error or hint.</param>
/// <param name="Code">The stable code, one of <see cref="CheckCodes"/>.</param>
/// <param name="Message">
/// One short sentence made only of fixed wording from <see cref="Templates.TemplateCatalogue"/> (its <c>check.*</c> templates) and placeholder markers naming the
/// blanks concerned: never the manager's values or invented text.
/// </param>
/// <param name="Slots">The slots concerned (e.g. <c>date</c>, <c>kr2.target</c>), in reading order; empty for a sheet note.</param>
public sealed record CheckFinding(CheckKind Kind, string Code, Line Message, IReadOnlyList<string> Slots)
{
    /// <summary>The sentence as text.</summary>
    public string Text => Message.Text;
}
