using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Sheets;

/// <summary>A run of goal items, with a heading for scorecard perspectives.</summary>
/// <param name="Heading">The perspective heading, or null.</param>
/// <param name="Items">The items.</param>
public sealed record GoalGroup(Line? Heading, IReadOnlyList<GoalItem> Items);
