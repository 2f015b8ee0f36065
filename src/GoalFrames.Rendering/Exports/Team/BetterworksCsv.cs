using System.Text;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>
/// Betterworks' OKR upload: one <c>goal</c> row per goal of a person with an email, followed by one <c>milestone</c> row
/// per key result. The description (goals only) holds the goal's lines and canon source; a scorecard line's perspective
/// is its category. The period is the review cycle's dates where one was given; the end date is the goal's own
/// <c>YYYY-MM-DD</c> date where the manager gave one. Progress is left blank (0), since GoalFrames knows no progress.
/// </summary>
internal static class BetterworksCsv
{
    public static readonly string[] Columns = ["name", "type", "progress", "start_date", "end_date", "owner_email", "categories", "description"];

    public static string Write(IReadOnlyList<PersonGoals> people, ExportCycle? cycle)
    {
        var csv = new StringBuilder();
        Csv.AppendRow(csv, Columns);
        var start = cycle is null ? string.Empty : ExportCycle.Iso(cycle.Start);
        foreach (var person in people.Where(p => p.Person.Email is not null))
        {
            foreach (var goal in person.Goals)
            {
                var end = goal.DueDate ?? cycle?.End;
                var endText = end is { } day ? ExportCycle.Iso(day) : string.Empty;
                Csv.AppendRow(csv, [goal.Name, "goal", string.Empty, start, endText, person.Person.Email!, goal.Category ?? string.Empty, goal.Description]);
                foreach (var result in goal.KeyResults)
                {
                    Csv.AppendRow(csv, [result.Title, "milestone", string.Empty, start, endText, person.Person.Email!, string.Empty, string.Empty]);
                }
            }
        }

        return csv.ToString();
    }
}
