using System.Text;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>GoalFrames' own CSV for many drafts: the single-draft columns with the person, their email and the profile in front.</summary>
internal static class TeamCsv
{
    public static readonly string[] Lead = ["Person", "Email", "Profile"];

    public static string Write(IReadOnlyList<PersonGoals> people)
    {
        var csv = new StringBuilder();
        Csv.AppendRow(csv, Lead.Concat(CsvSheetRenderer.Columns));
        foreach (var person in people)
        {
            foreach (var draft in person.Drafts)
            {
                foreach (var row in CsvSheetRenderer.Rows(draft.Sheet, item => Drift.SupersededNotes.ChangedNote(draft.Drift, item) ?? string.Empty))
                {
                    Csv.AppendRow(csv, new[] { person.Person.Name, person.Person.Email ?? string.Empty, draft.Draft.Content.ProfileId }.Concat(row));
                }
            }
        }

        return csv.ToString();
    }
}
