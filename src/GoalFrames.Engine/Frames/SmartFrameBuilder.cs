using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames;

/// <summary>SMART: one row per core output; the Achievable line only with a complexity rubric.</summary>
internal static class SmartFrameBuilder
{
    public static FrameSection? Build(Profile profile, GoalValues values, List<Omission> omissions)
    {
        if (profile.CoreOutputs.Count == 0)
        {
            omissions.Add(new Omission(FrameKind.Smart, "SMART goals", "core_outputs", "this profile has no core outputs"));
            return null;
        }

        if (profile.ComplexityRubric is null)
        {
            omissions.Add(new Omission(FrameKind.Smart, "the Achievable line of every SMART goal", "rubrics.complexity", "this profile has no jfm complexity/problem-solving rubric"));
        }

        var items = profile.CoreOutputs.Select((output, index) => BuildItem(profile, output, index + 1, values)).ToList();
        return new FrameSection(FrameKind.Smart, Label(SmartHeading), Label(SmartIntro), [new GoalGroup(null, items)]);
    }

    private static GoalItem BuildItem(Profile profile, CanonRow output, int number, GoalValues values)
    {
        var key = $"smart/{output.Ref.RowId}";
        var slots = Slots(values, key);
        var fields = new List<GoalField>
        {
            new(FieldKind.Specific, Label(LabelSpecific), SmartSpecific.Fill(("output", FromCanon(output)))),
            new(FieldKind.Measurable, Label(LabelMeasurable), SmartMeasurable.Fill(slots)),
        };

        if (profile.ComplexityRubric is { } rubric)
        {
            fields.Add(new(FieldKind.Achievable, Label(LabelAchievable), SmartAchievable.Fill(("rubric", FromCanon(rubric)))));
        }

        fields.Add(new(FieldKind.Relevant, Label(LabelRelevant), SmartRelevant.Fill(
            ("family", FromCanon(CanonNames.FamilyNameOf(profile))),
            ("focus", FromCanon(CanonNames.FocusNameOf(profile))),
            ("level", FromCanon(CanonNames.LevelCodeOf(profile))),
            ("title", FromCanon(CanonNames.LevelTitleOf(profile))))));
        fields.Add(new(FieldKind.TimeBound, Label(LabelTimeBound), SmartTimeBound.Fill(slots)));

        return new GoalItem(key, number, new Line([FromCanon(output)]), CoreOutputSource(profile), output, fields);
    }
}
