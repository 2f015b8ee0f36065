using GoalFrames.Canon;
using GoalFrames.Engine.Sheets;
using GoalFrames.Engine.Templates;
using static GoalFrames.Engine.Frames.Growth.GrowthParts;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames.Growth;

/// <summary>
/// Rubrics: the complexity/problem-solving rubric, then the knowledge-application rubric, each when T has it and F
/// lacks it or words it differently. The From line is left out when F lacks it or is missing.
/// </summary>
internal static class GrowthRubrics
{
    private static readonly Rubric[] Rubrics =
    [
        new("complexity", "complexity/problem-solving", "rubrics.complexity", p => p.ComplexityRubric, GrowthComplexityRubric, SourceComplexityRubric, GrowthComplexityGoal),
        new("knowledge-application", "knowledge-application", "rubrics.knowledge_application", p => p.KnowledgeApplicationRubric, GrowthKnowledgeRubric, SourceKnowledgeRubric, GrowthKnowledgeGoal),
    ];

    public static GoalGroup? Build(GrowthPair pair, GoalValues values, List<Omission> omissions)
    {
        if (pair.ToProfile is not { } t)
        {
            return null;
        }

        var f = pair.FromProfile;
        var items = new List<GoalItem>();
        foreach (var rubric in Rubrics)
        {
            var what = $"the {rubric.Words} rubric entry";
            var toRow = rubric.Of(t);
            var fromRow = f is null ? null : rubric.Of(f);
            if (toRow is null)
            {
                omissions.Add(new Omission(FrameKind.Growth, what, $"{t.Id}: {rubric.Field}", $"profile {t.Id} has no jfm {rubric.Words} rubric"));
                continue;
            }

            if (fromRow is not null && string.Equals(fromRow.Text, toRow.Text, StringComparison.Ordinal))
            {
                omissions.Add(new Omission(FrameKind.Growth, what, $"{t.Id}: {rubric.Field}", $"the jfm {rubric.Words} rubric reads the same at {pair.From.Code} and {pair.To.Code}"));
                continue;
            }

            var key = $"growth/rubric/{rubric.Key}";
            var fields = new List<GoalField>();
            if (fromRow is null)
            {
                omissions.Add(f is null
                    ? new Omission(FrameKind.Growth, $"the From line of {what}", $"profiles: {pair.Focus.Key}.{pair.From.Code}", $"there is no {pair.From.Code} profile for {pair.Focus.Name}")
                    : new Omission(FrameKind.Growth, $"the From line of {what}", $"{f.Id}: {rubric.Field}", $"profile {f.Id} has no jfm {rubric.Words} rubric"));
            }
            else
            {
                fields.Add(Quoting(FieldKind.From, fromRow, rubric.Source.Fill(("level", LevelCode(pair.From)))));
            }

            var source = rubric.Source.Fill(("level", LevelCode(pair.To)));
            fields.Add(Quoting(FieldKind.To, toRow, source));
            fields.Add(Goal(rubric.Goal, values, key, ("level", LevelCode(pair.To))));
            items.Add(new GoalItem(key, items.Count + 1, rubric.Name.Whole, source, toRow, fields));
        }

        return items.Count == 0 ? null : new GoalGroup(Label(GrowthRubricsHeading), items);
    }

    private sealed record Rubric(string Key, string Words, string Field, Func<Profile, CanonRow?> Of, Template Name, Template Source, Template Goal);
}
