using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Templates;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames;

/// <summary>Lines several frameworks share: canon pieces of the profile's names, and the source citations.</summary>
internal static class SheetParts
{
    public static CanonPiece FromCanon(CanonRow row) => new(row);

    public static Line Label(Template label) => new([label.Piece]);

    public static Line CoreOutputSource(Profile profile) =>
        SourceCoreOutput.Fill(("level", FromCanon(CanonNames.LevelCodeOf(profile))));

    public static Line ReusedCoreOutputSource(Profile profile) =>
        SourceCoreOutputReused.Fill(("level", FromCanon(CanonNames.LevelCodeOf(profile))));

    public static Line ResponsibilitySource() => new([SourceResponsibility.Piece]);

    public static Line DimensionSource(DimensionKind kind) =>
        SourceDimension.Fill(("dimension", DimensionName(kind).Whole));

    public static SlotScope Slots(GoalValues values, string itemKey, string prefix = "") => new(prefix, values.For(itemKey));
}
