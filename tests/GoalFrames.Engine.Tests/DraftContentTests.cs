using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class DraftContentTests
{
    [Fact]
    public void FromSheet_Values_KeepsOnlyKnownNonBlankSlotsLastOneWinning()
    {
        var item = Samples.FirstItem(FrameKind.Smart);

        var content = Samples.Content(FrameKind.Smart, (item, "target", "3"), (item, "target", "4"), (item, "date", "  "), (item, "kr1.target", "x"), ("smart/nope", "target", "y"));

        Assert.Equal(new DraftValue(item, "target", "4"), Assert.Single(content.Values));
    }

    [Fact]
    public void FromSheet_Rows_AreTheItemsWithTheirCanonTextAndSlots()
    {
        var profile = Samples.Canon.FindProfile(Samples.ProfileId)!;

        var content = Samples.Content(FrameKind.Okr);

        Assert.Equal(profile.CoreOutputs.Select(r => (r.Ref, r.Text)), content.Rows.Select(r => (r.Ref, r.Text)));
        Assert.Equal(["kr1.baseline", "kr1.target", "kr1.date", "kr2.target", "kr2.date"], content.Rows[0].Slots);
        Assert.Equal((Samples.Canon.Version, Samples.Canon.Fingerprint), (content.CanonVersion, content.CanonFingerprint));
    }

    [Fact]
    public void Completeness_CountsFilledSlotsOutOfAll()
    {
        var item = Samples.FirstItem(FrameKind.Mbo);
        var content = Samples.Content(FrameKind.Mbo, (item, "target", "4 reviews"));

        Assert.Equal(new DraftCompleteness(1, content.Rows.Count * 2), content.Completeness);
        Assert.False(content.Completeness.IsComplete);
        Assert.Equal(content.Rows.Count * 2 - 1, content.Completeness.Empty);
    }

    [Fact]
    public void ToGoalValues_FillsTheSheet()
    {
        var item = Samples.FirstItem(FrameKind.Mbo);
        var content = Samples.Content(FrameKind.Mbo, (item, "target", "4 reviews"));

        var sheet = new FrameEngine().Build(Samples.Canon, Samples.Canon.FindProfile(Samples.ProfileId)!, [FrameKind.Mbo], content.ToGoalValues());

        Assert.Equal("4 reviews", sheet.Sections[0].Items.First().Field(Engine.Sheets.FieldKind.Target)!.Content.Text);
    }

    [Fact]
    public void DraftOwner_Blank_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new DraftOwner("slack", " ", "U1"));
    }
}
