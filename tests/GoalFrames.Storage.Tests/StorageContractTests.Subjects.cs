using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Serialization;
using GoalFrames.Storage.Sql;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>Drafts about a person: one manager keeps a draft per report at the same profile, and drafts from before subjects stay.</summary>
public abstract partial class StorageContractTests
{
    private static readonly DraftSubject Ana = new("U0101", "ana") { Email = "ana@example.org" };
    private static readonly DraftSubject Ben = new("U0102", "ben");

    [Fact]
    public async Task Drafts_AboutThreeReportsAtTheSameProfile_AreThreeDrafts_EachWithItsOwnValues()
    {
        var item = Samples.FirstItem(FrameKind.Smart);
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", "for ana")) with { About = Ana });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", "for ben")) with { About = Ben });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", "for nobody")));

        var ana = await Drafts.GetAsync(Samples.Alice, new DraftSubject(Ana.UserId, "renamed"), Samples.ProfileId, FrameKind.Smart, Cancel);
        var ben = await Drafts.GetAsync(Samples.Alice, Ben, Samples.ProfileId, FrameKind.Smart, Cancel);
        var nobody = await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel);

        Assert.Equal("for ana", Assert.Single(ana!.Content.Values).Value);
        Assert.Equal(Ana, ana.Content.About);
        Assert.Equal("ana@example.org", ana.Content.About!.Email);
        Assert.Equal("for ben", Assert.Single(ben!.Content.Values).Value);
        Assert.Equal("for nobody", Assert.Single(nobody!.Content.Values).Value);
        Assert.Null(nobody.Content.About);
        var listed = await Drafts.ListAsync(Samples.Alice, Cancel);
        Assert.Equal(["(nobody)", "ana", "ben"], listed.Select(d => d.About?.Name ?? "(nobody)").Order());
    }

    [Fact]
    public async Task Drafts_AboutAPerson_AreTheirOwnersOnly()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Ana });

        Assert.Null(await Drafts.GetAsync(Samples.Bob, Ana, Samples.ProfileId, FrameKind.Smart, Cancel));
        Assert.Equal(0, await Drafts.DeleteAboutAsync(Samples.Bob, Ana.UserId, Cancel));
        Assert.NotNull(await Drafts.GetAsync(Samples.Alice, Ana, Samples.ProfileId, FrameKind.Smart, Cancel));
    }

    [Fact]
    public async Task DeleteAbout_ForgetsEverythingAboutThatPerson_AndNothingElse()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Ana });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Okr) with { About = Ana });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Ben });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));

        Assert.Equal(2, await Drafts.DeleteAboutAsync(Samples.Alice, Ana.UserId, Cancel));

        Assert.Equal(["(nobody)", "ben"], (await Drafts.ListAsync(Samples.Alice, Cancel)).Select(d => d.About?.Name ?? "(nobody)").Order());
    }

    [Fact]
    public async Task Save_AboutAPerson_KeepsTheLatestNameAndEmail()
    {
        var first = await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Ben });
        var renamed = new DraftSubject(Ben.UserId, "Benjamin") { Email = "ben@example.org" };

        var saved = await Drafts.SaveAsync(Samples.Alice, first.Content with { About = renamed }, first.Version, Cancel);

        Assert.IsType<SaveResult.Saved>(saved);
        var read = await Drafts.GetAsync(Samples.Alice, Ben, Samples.ProfileId, FrameKind.Smart, Cancel);
        Assert.Equal("Benjamin", read!.Content.About!.Name);
        Assert.Equal("ben@example.org", read.Content.About.Email);
    }

    [Fact]
    public async Task Migrate_DraftsSavedBeforeSubjects_BecomeDraftsAboutNobody_WithEveryValueKept()
    {
        await Migrator.RunAsync(Database, Cancel, upTo: 4);
        var id = Guid.NewGuid();
        var before = Samples.Content(FrameKind.Smart, (Samples.FirstItem(FrameKind.Smart), "target", "kept through the migration"));
        await using (var connection = await Database.OpenAsync(Cancel))
        {
            await using var command = connection.Sql(
                """
                INSERT INTO drafts (id, platform, workspace, user_id, profile_id, framework, canon_version, canon_fingerprint, canon_rows, slot_values, version, created_at, updated_at)
                VALUES (@id, 'slack', 'T0001', 'U0001', @profile, 'smart', 'v', 'f', @rows, @values, 3, @at, @at)
                """);
            command.Add("@id", Backend.Dialect.Id(id));
            command.Add("@profile", Samples.ProfileId);
            Backend.Dialect.Json(command, "@rows", DraftJson.Rows(before.Rows));
            Backend.Dialect.Json(command, "@values", DraftJson.Values(before.Values));
            command.Add("@at", Backend.Dialect.Timestamp(Start));
            await command.ExecuteNonQueryAsync(Cancel);
        }

        await Database.MigrateAsync(Cancel);

        var draft = await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel);
        Assert.NotNull(draft);
        Assert.Equal(id, draft.Id);
        Assert.Null(draft.Content.About);
        Assert.Equal(3, draft.Version);
        Assert.Equal("kept through the migration", Assert.Single(draft.Content.Values).Value);
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Ana });
        Assert.Equal(2, (await Drafts.ListAsync(Samples.Alice, Cancel)).Count);
    }
}
