using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Sheets;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Growth;

/// <summary>Growth frames of the sample canon, by focus word and level codes.</summary>
internal static class GrowthSheets
{
    public static CanonSnapshot Canon { get; } = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    public static GoalSheet Build(string focus, string from, string to, GoalValues? values = null) =>
        new FrameEngine().BuildGrowth(Canon, Canon.FindFocuses(focus).Single(), Canon.FindLevel(from)!, Canon.FindLevel(to)!, values);
}
