using GoalFrames.Canon;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames;

/// <summary>Scorecard: internal process from the responsibilities, role calibration from the level dimensions.</summary>
internal static class ScorecardFrameBuilder
{
    public static FrameSection? Build(Profile profile, GoalValues values, List<Omission> omissions)
    {
        var groups = new List<GoalGroup>();
        if (InternalProcess(profile, values, omissions) is { } process)
        {
            groups.Add(process);
        }

        if (RoleCalibration(profile, values, omissions) is { } calibration)
        {
            groups.Add(calibration);
        }

        if (groups.Count == 0)
        {
            omissions.Add(new Omission(FrameKind.Scorecard, "the Scorecard", "core_outputs, responsibilities, dimensions", "no perspective has canon backing"));
            return null;
        }

        return new FrameSection(FrameKind.Scorecard, Label(ScorecardHeading), Label(ScorecardIntro), groups);
    }

    private static GoalGroup? InternalProcess(Profile profile, GoalValues values, List<Omission> omissions)
    {
        var fromOutputs = profile.CoreOutputs.Count > 0;
        var rows = fromOutputs ? profile.CoreOutputs : profile.Responsibilities;
        if (rows.Count == 0)
        {
            omissions.Add(new Omission(FrameKind.Scorecard, "the Internal process perspective", "core_outputs, responsibilities", "this profile has neither core outputs nor component responsibilities"));
            return null;
        }

        var source = fromOutputs ? CoreOutputSource(profile) : ResponsibilitySource();
        var items = rows.Select((row, index) =>
        {
            var key = $"scorecard/process/{row.Ref.RowId}";
            return new GoalItem(key, index + 1, ScorecardOutput.Fill(("output", FromCanon(row))), source, row, [Measure(values, key)]);
        }).ToList();
        return new GoalGroup(Label(ScorecardInternalProcess), items);
    }

    private static GoalGroup? RoleCalibration(Profile profile, GoalValues values, List<Omission> omissions)
    {
        var dimensions = profile.Level.Dimensions;
        var missing = DimensionKindExtensions.InOrder.Where(k => profile.Level.Dimension(k) is null).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(k => k.LowerName()));
            omissions.Add(new Omission(
                FrameKind.Scorecard,
                dimensions.Count == 0 ? "the Role calibration perspective" : $"Role calibration lines for {names}",
                $"levels.{profile.Level.Code}.dimensions",
                $"level {profile.Level.Code} defines no {names} dimension{(missing.Count == 1 ? string.Empty : "s")}"));
        }

        if (dimensions.Count == 0)
        {
            return null;
        }

        var items = dimensions.Select((dimension, index) =>
        {
            var key = $"scorecard/calibration/{dimension.Row.Ref.RowId}";
            var line = ScorecardCalibration.Fill(("dimension", DimensionWord(dimension.Kind).Whole), ("text", FromCanon(dimension.Row)));
            return new GoalItem(key, index + 1, line, DimensionSource(dimension.Kind), dimension.Row, [Measure(values, key)]);
        }).ToList();
        return new GoalGroup(Label(ScorecardRoleCalibration), items);
    }

    private static GoalField Measure(GoalValues values, string key) =>
        new(FieldKind.Measure, Label(LabelMeasure), ScorecardMeasure.Fill(Slots(values, key)));
}
