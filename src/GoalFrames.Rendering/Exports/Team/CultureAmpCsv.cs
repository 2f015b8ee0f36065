using System.Globalization;
using System.Text;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>
/// Culture Amp's individual goals import: one row per goal of a person with an email. OKR objectives carry their key
/// results as <c>key_result_N_title</c>; SMART goals, MBO areas, scorecard lines and growth goals are one goal each with
/// their lines (the measurable one among them), perspective and canon source in <c>description</c>. Visibility is
/// <c>manager</c> (the person and their manager), status <c>created</c>, <c>created_at</c> the draft's first save and
/// <c>due_at</c> the goal's <c>YYYY-MM-DD</c> date where the manager gave one; priority and completions are left blank
/// (Culture Amp's defaults), since GoalFrames knows no progress.
/// </summary>
internal static class CultureAmpCsv
{
    public static readonly string[] Columns = ["email", "name", "description", "visibility", "individual_emails", "due_at", "created_at", "priority", "status", "completion"];

    public static string Write(IReadOnlyList<PersonGoals> people)
    {
        var keyResults = people.SelectMany(p => p.Goals).Select(g => g.KeyResults.Count).DefaultIfEmpty(0).Max();
        var csv = new StringBuilder();
        Csv.AppendRow(csv, Columns.Concat(Enumerable.Range(1, keyResults).SelectMany(n => new[] { $"key_result_{N(n)}_title", $"key_result_{N(n)}_completion" })));
        foreach (var person in people.Where(p => p.Person.Email is not null))
        {
            foreach (var draft in person.Drafts)
            {
                foreach (var goal in draft.Goals)
                {
                    string[] cells =
                    [
                        person.Person.Email!,
                        goal.Name,
                        goal.Description,
                        "manager",
                        string.Empty,
                        goal.DueDate is { } due ? ExportCycle.Iso(due) : string.Empty,
                        ExportCycle.Iso(DateOnly.FromDateTime(draft.Draft.CreatedAt.UtcDateTime)),
                        string.Empty,
                        "created",
                        string.Empty,
                    ];
                    var results = Enumerable.Range(0, keyResults).SelectMany(i => i < goal.KeyResults.Count ? new[] { goal.KeyResults[i].Title, string.Empty } : [string.Empty, string.Empty]);
                    Csv.AppendRow(csv, cells.Concat(results));
                }
            }
        }

        return csv.ToString();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
