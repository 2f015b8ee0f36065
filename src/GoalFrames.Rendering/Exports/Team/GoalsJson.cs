using System.Text.Encodings.Web;
using System.Text.Json;
using GoalFrames.Engine;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>JSON: an array with one document per person, every goal with its canon source (profile id and row id).</summary>
internal static class GoalsJson
{
    /// <summary>Text as people wrote it (quotes, dashes, ⟨placeholders⟩), not \u escapes: the file is read by people and importers, never put in HTML.</summary>
    private static readonly TeamExportJsonContext Context = new(new JsonSerializerOptions(TeamExportJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Write(IReadOnlyList<PersonGoals> people) =>
        JsonSerializer.Serialize(people.Select(Document).ToList(), Context.ListPersonDocument) + "\n";

    private static PersonDocument Document(PersonGoals person) => new(
        new PersonIdentityDocument(person.Person.Platform, person.Person.Workspace, person.Person.UserId, person.Person.Name, person.Person.Email),
        person.Managers,
        [.. person.Drafts.SelectMany(d => d.Goals.Select(g => Goal(d, g)))]);

    private static GoalDocument Goal(ExportedDraft draft, ExportedGoal goal) => new(
        goal.Framework.Keyword(),
        goal.Name,
        goal.Lines,
        goal.KeyResults,
        goal.Category,
        goal.DueDate is { } due ? ExportCycle.Iso(due) : null,
        goal.Blanks,
        new SourceDocument(goal.ProfileId, goal.RowId, goal.CanonRef, goal.Source, draft.Draft.Content.CanonVersion),
        draft.Draft.CreatedAt,
        draft.Draft.UpdatedAt);
}
