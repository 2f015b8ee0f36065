using System.Globalization;
using System.Text.RegularExpressions;

namespace GoalFrames.Canon.Yaml;

/// <summary>
/// Reads <c>review_cycle</c> in <c>canon.yaml</c>: a name and three ISO dates, each a real day, the end after the
/// start and the goals due date inside the cycle. Every problem is reported at its position.
/// </summary>
internal static partial class ReviewCycleReader
{
    public const string Key = "review_cycle";

    /// <summary>The date pattern, also the <c>pattern</c> of the schema's <c>date</c> definition.</summary>
    public static Regex DatePattern => DateRegex();

    public static ReviewCycle? Read(MappingView header, ProblemSink sink)
    {
        var map = MappingView.Of(header.OptionalMapping(Key), sink, $"'{Key}' in canon.yaml", "name", "start", "end", "goals_due");
        if (map is null)
        {
            return null;
        }

        var name = map.RequiredText("name")?.Value;
        var start = Date(map, "start", sink);
        var end = Date(map, "end", sink);
        var due = Date(map, "goals_due", sink);
        if (start is { } first && end is { } last && last <= first)
        {
            sink.Add(map.PositionOf("end"), $"the review cycle ends on {Iso(last)}, which is not after its start {Iso(first)}; 'end' must come after 'start'");
            return null;
        }

        if (start is { } from && end is { } to && due is { } goalsDue && (goalsDue < from || goalsDue > to))
        {
            sink.Add(map.PositionOf("goals_due"), $"goals are due on {Iso(goalsDue)}, outside the review cycle {Iso(from)} to {Iso(to)}; 'goals_due' must fall inside the cycle (its last day at the latest)");
            return null;
        }

        return name is null || start is null || end is null || due is null ? null : new ReviewCycle(name, start.Value, end.Value, due.Value);
    }

    private static DateOnly? Date(MappingView map, string key, ProblemSink sink)
    {
        var scalar = map.RequiredText(key);
        if (scalar is null)
        {
            return null;
        }

        if (!DatePattern.IsMatch(scalar.Value))
        {
            sink.Add(scalar, $"'{key}' in '{Key}' must be a date written {ReviewCycle.DateFormat} (e.g. 2027-01-31), found '{scalar.Value}'");
            return null;
        }

        if (!DateOnly.TryParseExact(scalar.Value, ReviewCycle.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            sink.Add(scalar, $"'{key}' in '{Key}' is {scalar.Value}, which is not a day of the calendar");
            return null;
        }

        return day;
    }

    private static string Iso(DateOnly day) => day.ToString(ReviewCycle.DateFormat, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![\s\S])")]
    private static partial Regex DateRegex();
}
