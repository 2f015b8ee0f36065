using GoalFrames.Canon;
using GoalFrames.CanonTools.Diff;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

public sealed class CanonDiffTests
{
    [Fact]
    public void Diff_NamesEveryRowChangePerProfile_AndCountsTheDraftsEachWouldSupersede()
    {
        using var temp = new TempDir();
        var edited = CanonEdits.Edited(temp);
        var oldRead = CanonBookReader.Read(RepoPaths.SampleCanon);
        var newRead = CanonBookReader.Read(edited);
        var oldCanon = oldRead.Loaded.Canon!;
        var drafts = new[]
        {
            Draft(oldCanon, CanonEdits.Profile, FrameKind.Smart, "edc-build", "external-data", "data-cleaning"),
            Draft(oldCanon, CanonEdits.Profile, FrameKind.Okr, "edc-build"),
            Draft(oldCanon, CanonEdits.Profile, FrameKind.Mbo, "data-cleaning"),
            DimensionDraft(oldCanon, "CLINIC1.CLINICAL3CD6.M5", "M5", "scope"),
        };

        var diff = CanonDiffer.Compare(oldRead.Book!, oldCanon, newRead.Book!, newRead.Loaded.Canon!, drafts);

        CanonChange Change(string owner, string id) => Assert.Single(diff.Changes, c => c.Owner == owner && c.Id == id);
        Assert.Equal((ChangeKind.Reworded, 2), (Change(CanonEdits.Profile, "edc-build").Kind, Change(CanonEdits.Profile, "edc-build").DraftsTouched));
        Assert.Equal((ChangeKind.Removed, 1), (Change(CanonEdits.Profile, "external-data").Kind, Change(CanonEdits.Profile, "external-data").DraftsTouched));
        Assert.Equal(ChangeKind.Reordered, Change(CanonEdits.Profile, "data-management-plan").Kind);
        Assert.Equal((ChangeKind.Reworded, 1), (Change("M5", "scope").Kind, Change("M5", "scope").DraftsTouched));
        Assert.DoesNotContain(diff.Changes, c => c.Id == "data-cleaning");
        Assert.Equal(4, diff.DraftsChecked);
        Assert.Equal(4, diff.Changes.Count);
    }

    [Fact]
    public void Diff_OfACanonWithItself_HasNoChanges()
    {
        var read = CanonBookReader.Read(RepoPaths.SampleCanon);

        var diff = CanonDiffer.Compare(read.Book!, read.Loaded.Canon!, read.Book!, read.Loaded.Canon!, []);

        Assert.False(diff.HasChanges);
    }

    internal static Draft Draft(ICanon canon, string profileId, FrameKind framework, params string[] rowIds)
    {
        var profile = canon.FindProfile(profileId)!;
        var rows = rowIds.Select(id => profile.CoreOutputs.Single(r => r.Ref.RowId == id)).Select(r => new DraftRow("item-" + r.Ref.RowId, r.Ref, r.Text, ["measure"])).ToList();
        return Saved(canon, profileId, framework, rows);
    }

    internal static Draft DimensionDraft(ICanon canon, string profileId, string level, string key)
    {
        var row = canon.FindLevel(level)!.Dimensions.Single(d => d.Row.Ref.RowId == key).Row;
        return Saved(canon, profileId, FrameKind.Scorecard, [new DraftRow("calibration", row.Ref, row.Text, [])]);
    }

    private static Draft Saved(ICanon canon, string profileId, FrameKind framework, List<DraftRow> rows) => new(
        Guid.NewGuid(),
        new DraftOwner("slack", "T1", "U" + Guid.NewGuid().ToString("N")[..6]),
        new DraftContent(profileId, framework, canon.Version, canon.Fingerprint, rows, []),
        1,
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch);
}
