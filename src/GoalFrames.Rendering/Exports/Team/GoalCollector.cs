using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>
/// Turns drafts about people into their goals, per person: each goal item of a draft's sheet becomes one goal with the
/// canon text the draft was saved with and the manager's values. Drafts about nobody and drafts whose profile is gone
/// are counted, not exported.
/// </summary>
internal sealed class GoalCollector(FrameEngine engine)
{
    public (IReadOnlyList<PersonGoals> People, int AboutNobody, int ProfileRemoved) Collect(ICanon canon, IEnumerable<Draft> drafts)
    {
        var aboutNobody = 0;
        var removed = 0;
        var byPerson = new Dictionary<(string, string, string), List<(Draft Draft, ExportedDraft Exported)>>();
        foreach (var draft in drafts)
        {
            if (draft.Content.About is null)
            {
                aboutNobody++;
                continue;
            }

            var drift = DraftDrift.Check(draft, canon);
            if (DraftSheet.Build(engine, canon, draft, drift) is not { } sheet)
            {
                removed++;
                continue;
            }

            var key = (draft.Owner.Platform, draft.Owner.Workspace, draft.Content.About.UserId);
            if (!byPerson.TryGetValue(key, out var list))
            {
                byPerson[key] = list = [];
            }

            list.Add((draft, new ExportedDraft(draft, sheet, drift, [.. Goals(draft, sheet)])));
        }

        var people = byPerson
            .Select(p => Person(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderBy(p => p.Person.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Person.UserId, StringComparer.Ordinal)
            .ToList();
        return (people, aboutNobody, removed);
    }

    private static PersonGoals Person(string platform, string workspace, List<(Draft Draft, ExportedDraft Exported)> drafts)
    {
        // The latest save names the person as the platform last gave them.
        var latest = drafts.MaxBy(d => d.Draft.UpdatedAt).Draft.Content.About!;
        var email = drafts.OrderByDescending(d => d.Draft.UpdatedAt).Select(d => d.Draft.Content.About!.Email).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        var person = new ExportedPerson(platform, workspace, latest.UserId, latest.Name, email?.Trim());
        var managers = drafts.Select(d => d.Draft.Owner.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ordered = drafts
            .Select(d => d.Exported)
            .OrderBy(d => d.Draft.Content.ProfileId, StringComparer.Ordinal)
            .ThenBy(d => d.Draft.Content.Framework)
            .ToList();
        return new PersonGoals(person, managers, ordered);
    }

    private static IEnumerable<ExportedGoal> Goals(Draft draft, GoalSheet sheet)
    {
        var framework = draft.Content.Framework;
        foreach (var section in sheet.Sections.Where(s => s.Kind == framework))
        {
            foreach (var group in section.Groups)
            {
                foreach (var item in group.Items)
                {
                    yield return Goal(draft, item, framework == FrameKind.Scorecard ? group.Heading?.Text : null);
                }
            }
        }
    }

    private static ExportedGoal Goal(Draft draft, GoalItem item, string? category)
    {
        var isKeyResult = (GoalField f) => draft.Content.Framework == FrameKind.Okr && f.Kind is FieldKind.KeyResult1 or FieldKind.KeyResult2;
        var source = item.Source.Text;
        return new ExportedGoal(
            draft.Content.Framework,
            draft.Content.ProfileId,
            item.Basis.Ref.RowId,
            item.Basis.Ref.ToString(),
            source,
            item.Headline.Text,
            [.. item.Fields.Where(f => !isKeyResult(f)).Select(f => new ExportedLine(f.Label.Text, f.Content.Text))],
            [.. item.Fields.Where(isKeyResult).Select(f => new ExportedKeyResult(f.Content.Text, f.Source?.Text ?? source))],
            category,
            DueDate(draft, item.Key),
            [.. item.Lines.SelectMany(l => l.Pieces).OfType<PlaceholderPiece>().Select(p => p.Slot).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The latest of the item's dates the manager wrote as <c>YYYY-MM-DD</c>; other words ("Q2 2027") stay in the text only.</summary>
    private static DateOnly? DueDate(Draft draft, string itemKey) => draft.Content.Values
        .Where(v => v.ItemKey == itemKey && (v.Slot == "date" || v.Slot.EndsWith(".date", StringComparison.Ordinal)))
        .Select(v => ExportCycle.Date(v.Value))
        .Max();
}
