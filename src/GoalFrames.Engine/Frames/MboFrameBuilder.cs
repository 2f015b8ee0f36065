using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames;

/// <summary>MBO: one area per component responsibility, else per core output (marked as reused).</summary>
internal static class MboFrameBuilder
{
    public static FrameSection? Build(Profile profile, GoalValues values, List<Omission> omissions)
    {
        var reused = profile.Responsibilities.Count == 0;
        var rows = reused ? profile.CoreOutputs : profile.Responsibilities;
        if (rows.Count == 0)
        {
            omissions.Add(new Omission(FrameKind.Mbo, "MBO areas", "responsibilities, core_outputs", "this profile has neither component responsibilities nor core outputs"));
            return null;
        }

        var standard = Standard(profile, omissions);
        var source = reused ? ReusedCoreOutputSource(profile) : ResponsibilitySource();
        var items = rows.Select((row, index) =>
        {
            var key = $"mbo/{row.Ref.RowId}";
            var slots = Slots(values, key);
            var fields = new List<GoalField>();
            if (standard is not null)
            {
                fields.Add(new(FieldKind.Standard, Label(LabelStandard), standard));
            }

            fields.Add(new(FieldKind.Target, Label(LabelTarget), MboTarget.Fill(slots)));
            fields.Add(new(FieldKind.Due, Label(LabelDue), MboDue.Fill(slots)));
            return new GoalItem(key, index + 1, new Line([FromCanon(row)]), source, row, fields);
        }).ToList();

        return new FrameSection(FrameKind.Mbo, Label(MboHeading), Label(MboIntro), [new GoalGroup(null, items)]);
    }

    private static Line? Standard(Profile profile, List<Omission> omissions)
    {
        if (profile.KnowledgeApplicationRubric is { } rubric)
        {
            return MboStandardRubric.Fill(("rubric", FromCanon(rubric)));
        }

        if (profile.Level.Dimension(DimensionKind.DecisionRights) is { } rights)
        {
            return MboStandardDecisionRights.Fill(("text", FromCanon(rights.Row)));
        }

        omissions.Add(new Omission(
            FrameKind.Mbo,
            "the Standard line of every MBO area",
            $"rubrics.knowledge_application, levels.{profile.Level.Code}.dimensions.decision_rights",
            $"this profile has no jfm knowledge-application rubric and level {profile.Level.Code} has no decision rights dimension"));
        return null;
    }
}
