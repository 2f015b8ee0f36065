using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames;

/// <summary>OKRs: one objective per core output; the level's dimensions are dealt to the objectives in order as KR2.</summary>
internal static class OkrFrameBuilder
{
    public static FrameSection? Build(Profile profile, GoalValues values, List<Omission> omissions)
    {
        if (profile.CoreOutputs.Count == 0)
        {
            omissions.Add(new Omission(FrameKind.Okr, "OKRs", "core_outputs", "this profile has no core outputs"));
            return null;
        }

        var dimensions = profile.Level.Dimensions;
        var items = new List<GoalItem>();
        for (var i = 0; i < profile.CoreOutputs.Count; i++)
        {
            var output = profile.CoreOutputs[i];
            var key = $"okr/{output.Ref.RowId}";
            var fields = new List<GoalField>
            {
                new(FieldKind.KeyResult1, Label(LabelKeyResult1), OkrKeyResultMetric.Fill(Slots(values, key, "kr1."), ("output", FromCanon(output)))),
            };

            if (i < dimensions.Count)
            {
                var dimension = dimensions[i];
                fields.Add(new(FieldKind.KeyResult2, Label(LabelKeyResult2), OkrKeyResultDimension.Fill(
                    Slots(values, key, "kr2."),
                    ("dimension", DimensionWord(dimension.Kind).Whole),
                    ("text", FromCanon(dimension.Row)))));
            }

            items.Add(new GoalItem(key, i + 1, new Line([FromCanon(output)]), CoreOutputSource(profile), output, fields));
        }

        if (profile.CoreOutputs.Count > dimensions.Count)
        {
            var from = dimensions.Count + 1;
            var which = from == profile.CoreOutputs.Count ? $"objective {from}" : $"objectives {from}\u2013{profile.CoreOutputs.Count}";
            omissions.Add(new Omission(
                FrameKind.Okr,
                $"KR2 of {which}",
                $"levels.{profile.Level.Code}.dimensions",
                $"level {profile.Level.Code} has {dimensions.Count} dimension{(dimensions.Count == 1 ? string.Empty : "s")} to back {profile.CoreOutputs.Count} objectives"));
        }

        return new FrameSection(FrameKind.Okr, Label(OkrHeading), Label(OkrIntro), [new GoalGroup(null, items)]);
    }
}
