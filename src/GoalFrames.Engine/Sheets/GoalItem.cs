using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Sheets;

/// <summary>One goal: a SMART row, an objective, an MBO area or a scorecard line.</summary>
/// <param name="Key">A stable key made of the framework and the canon row it stands on, e.g. <c>smart/dept-head</c>.</param>
/// <param name="Number">Its 1-based number within its section or perspective.</param>
/// <param name="Headline">The headline (for SMART, OKR and MBO the canon row; for a scorecard, the whole line).</param>
/// <param name="Source">The citation, e.g. <c>JFM responsibility (M5)</c>.</param>
/// <param name="Basis">The canon row the item stands on.</param>
/// <param name="Fields">The labelled lines.</param>
public sealed record GoalItem(string Key, int Number, Line Headline, Line Source, CanonRow Basis, IReadOnlyList<GoalField> Fields)
{
    /// <summary>The field of a kind, or null when it was omitted.</summary>
    public GoalField? Field(FieldKind kind) => Fields.FirstOrDefault(f => f.Kind == kind);

    /// <summary>Every line of the item: headline, source and fields.</summary>
    public IEnumerable<Line> Lines => Fields.SelectMany(f => f.Lines).Prepend(Source).Prepend(Headline);

    /// <summary>The distinct slots of this item, in reading order.</summary>
    public IReadOnlyList<(PlaceholderKind Kind, string Slot)> Slots =>
        [.. Fields.SelectMany(f => f.Content.Slots).DistinctBy(s => s.Slot)];
}
