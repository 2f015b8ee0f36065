using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.Growth.GrowthParts;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames.Growth;

/// <summary>
/// Level dimensions: one entry per dimension, in dimension order, that the To level has and the From level lacks or
/// words differently (exact strings). The From line is left out when the From level lacks the dimension.
/// </summary>
internal static class GrowthDimensions
{
    public static GoalGroup? Build(GrowthPair pair, GoalValues values, List<Omission> omissions)
    {
        var (from, to) = (pair.From, pair.To);
        var items = new List<GoalItem>();
        foreach (var kind in DimensionKindExtensions.InOrder)
        {
            var word = kind.LowerName();
            var field = $"dimensions.{kind.YamlKey()}";
            var toDimension = to.Dimension(kind);
            var fromDimension = from.Dimension(kind);
            if (toDimension is null)
            {
                omissions.Add(new Omission(FrameKind.Growth, $"the {word} entry", $"levels.{to.Code}.{field}", $"level {to.Code} defines no {word} dimension"));
                continue;
            }

            if (fromDimension is not null && string.Equals(fromDimension.Row.Text, toDimension.Row.Text, StringComparison.Ordinal))
            {
                omissions.Add(new Omission(FrameKind.Growth, $"the {word} entry", $"levels.{to.Code}.{field}", $"the {word} dimension reads the same at {from.Code} and {to.Code}"));
                continue;
            }

            var key = $"growth/dimension/{word.Replace(' ', '-')}";
            var fields = new List<GoalField>();
            if (fromDimension is null)
            {
                omissions.Add(new Omission(FrameKind.Growth, $"the From line of the {word} entry", $"levels.{from.Code}.{field}", $"level {from.Code} defines no {word} dimension"));
            }
            else
            {
                fields.Add(Quoting(FieldKind.From, fromDimension.Row, Source(kind, from)));
            }

            fields.Add(Quoting(FieldKind.To, toDimension.Row, Source(kind, to)));
            fields.Add(Goal(GrowthDimensionGoal, values, key, ("level", LevelCode(to)), ("dimension", DimensionWord(kind).Whole)));
            items.Add(new GoalItem(key, items.Count + 1, DimensionName(kind).Whole, Source(kind, to), toDimension.Row, fields));
        }

        return items.Count == 0 ? null : new GoalGroup(Label(GrowthLevelDimensions), items);
    }

    private static Line Source(DimensionKind kind, Level level) =>
        SourceGrowthDimension.Fill(("dimension", DimensionName(kind).Whole), ("level", LevelCode(level)));
}
