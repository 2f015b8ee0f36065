using GoalFrames.Canon;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class DraftDriftTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_SameCanon_EveryRowUnchanged()
    {
        using var dir = new TempCanon(DriftCanons.Before);
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var report = DraftDrift.Check(Draft(canon, FrameKind.Okr), canon);

        Assert.False(report.IsSuperseded);
        Assert.Equal(3, report.Rows.Count);
        Assert.All(report.Rows, r => Assert.IsType<RowDrift.Unchanged>(r));
    }

    [Fact]
    public void Check_ProfileGone_EveryRowRemoved()
    {
        using var before = new TempCanon(DriftCanons.Before);
        using var other = new TempCanon(DriftCanons.Before.Replace("level: M5", "level: P2", StringComparison.Ordinal));
        var draft = Draft(CanonLoader.LoadOrThrow(before.Dir), FrameKind.Smart);

        var report = DraftDrift.Check(draft, CanonLoader.LoadOrThrow(other.Dir));

        Assert.All(report.Rows, r => Assert.IsType<RowDrift.Removed>(r));
        Assert.Equal(3, report.Removed.Count());
    }

    [Fact]
    public void AsSaved_ChangedRow_BuildsWithTheSavedTextNotTheCurrentOne()
    {
        using var before = new TempCanon(DriftCanons.Before);
        using var after = new TempCanon(DriftCanons.After);
        var canonAfter = CanonLoader.LoadOrThrow(after.Dir);
        var draft = Draft(CanonLoader.LoadOrThrow(before.Dir), FrameKind.Smart);
        var report = DraftDrift.Check(draft, canonAfter);

        var profile = DraftDrift.AsSaved(canonAfter.FindProfile(Samples.ProfileId)!, report);
        var sheet = new FrameEngine().Build(canonAfter, profile, [FrameKind.Smart]);

        var items = sheet.Sections[0].Items.ToList();
        Assert.Equal(["Serves as department head", "Owns the department budget"], items.Select(i => i.Headline.Text));
        Assert.DoesNotContain(sheet.Lines, l => l.Text.Contains("budget and forecast", StringComparison.Ordinal));
        Assert.Equal("Owns the department budget and forecast", Assert.Single(report.Changed).CurrentText);
    }

    [Fact]
    public void AsSaved_NothingChanged_ReturnsTheCurrentProfile()
    {
        using var dir = new TempCanon(DriftCanons.Before);
        var canon = CanonLoader.LoadOrThrow(dir.Dir);
        var profile = canon.FindProfile(Samples.ProfileId)!;

        Assert.Same(profile, DraftDrift.AsSaved(profile, DraftDrift.Check(Draft(canon, FrameKind.Mbo), canon)));
    }

    private static Draft Draft(ICanon canon, FrameKind kind) =>
        new(Guid.NewGuid(), Samples.Alice, Samples.Content(canon, Samples.ProfileId, kind), 1, At, At);
}
