using GoalFrames.Engine.Templates;

namespace GoalFrames.Engine.Checks;

/// <summary>
/// The closed wording of the check findings. A finding is one of these sentences with placeholder markers in its holes,
/// so it never repeats or invents goal text; the fidelity checker holds the checks to that, as it holds goals to
/// <see cref="TemplateCatalogue"/>.
/// </summary>
public static class CheckCatalogue
{
#pragma warning disable CS1591 // The names say what each template is; the format is the documentation.
    public static readonly Template Blank = new("check.blank", "Fill in {blanks}.");
    public static readonly Template ListSeparator = new("check.list", ", ");
    public static readonly Template DateUnreadable = new("check.date-unreadable", "Write {date} as yyyy-MM-dd (e.g. 2027-03-31); other date formats cannot be checked.");
    public static readonly Template DateOutsideCycle = new("check.date-outside-cycle", "{date} falls outside the review cycle.");
    public static readonly Template TargetIsBaseline = new("check.target-is-baseline", "{target} is the same as {baseline}: the goal would change nothing.");
    public static readonly Template TargetNotMeasurable = new("check.target-not-measurable", "Is {target} measurable? It states no number, percentage, amount or date.");
    public static readonly Template NoReviewCycle = new("check.no-review-cycle", "The canon declares no review cycle, so dates are not checked against one.");
#pragma warning restore CS1591

    /// <summary>Every check template.</summary>
    public static IReadOnlyList<Template> All { get; } =
        [.. typeof(CheckCatalogue).GetFields().Where(f => f.FieldType == typeof(Template)).Select(f => (Template)f.GetValue(null)!)];

    /// <summary>True when the text is one of the fixed fragments of the named check template, exactly.</summary>
    /// <param name="templateName">The template the fragment claims to come from.</param>
    /// <param name="text">The fragment.</param>
    public static bool Contains(string templateName, string text) =>
        All.Any(t => t.Name == templateName && t.Literals.Contains(text, StringComparer.Ordinal));
}
