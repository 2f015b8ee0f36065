using GoalFrames.Canon;
using GoalFrames.Engine.Sheets;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class FrameEngineTests
{
    private readonly FrameEngine _engine = new();

    [Fact]
    public void Build_SeedProfile_HasFourSectionsAndNoOmissions()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var sheet = _engine.Build(canon, canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!, FrameKinds.All);

        Assert.Equal(FrameKinds.All, sheet.Sections.Select(s => s.Kind));
        Assert.Empty(sheet.Omissions);
        Assert.Equal("Goal templates \u2014 Clinical Trials Operations \u2014 M5", sheet.Title.Text);
        Assert.Equal("Clinical Trials Operations \u00B7 Clinical Trials Operations \u00B7 M5 \u2014 Senior Director", sheet.Identity.Text);
    }

    [Fact]
    public void Build_NoComplexityRubric_OmitsAchievableAndSaysWhy()
    {
        using var dir = HurtingCanons.NoRubricsNoDimensions();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var sheet = _engine.Build(canon, canon.Profiles[0], [FrameKind.Smart]);

        Assert.All(sheet.Section(FrameKind.Smart)!.Items, i => Assert.Null(i.Field(FieldKind.Achievable)));
        Assert.All(sheet.Section(FrameKind.Smart)!.Items, i => Assert.NotNull(i.Field(FieldKind.Relevant)));
        Assert.Contains(sheet.Omissions, o => o.MissingField == "rubrics.complexity");
    }

    [Fact]
    public void Build_LevelWithoutDimensions_HasNoKr2AndNoRoleCalibration()
    {
        using var dir = HurtingCanons.NoRubricsNoDimensions();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var sheet = _engine.Build(canon, canon.Profiles[0], FrameKinds.All);

        Assert.All(sheet.Section(FrameKind.Okr)!.Items, i => Assert.Null(i.Field(FieldKind.KeyResult2)));
        var scorecard = sheet.Section(FrameKind.Scorecard)!;
        Assert.Equal(["Internal process"], scorecard.Groups.Select(g => g.Heading!.Text));
        Assert.Contains(sheet.Omissions, o => o.What == "the Role calibration perspective");
        Assert.Null(sheet.Section(FrameKind.Mbo)!.Items.First().Field(FieldKind.Standard));
        Assert.Contains(sheet.Omissions, o => o.Kind == FrameKind.Mbo && o.MissingField.Contains("decision_rights", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MoreOutputsThanDimensions_DealsDimensionsInOrderAndNamesTheRest()
    {
        using var dir = HurtingCanons.MoreOutputsThanDimensions();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var okr = _engine.Build(canon, canon.Profiles[0], [FrameKind.Okr]);

        var kr2 = okr.Section(FrameKind.Okr)!.Items.Select(i => i.Field(FieldKind.KeyResult2)?.Content.Text).ToList();
        Assert.StartsWith("Evidence at this level's scope bar:", kr2[0], StringComparison.Ordinal);
        Assert.StartsWith("Evidence at this level's decision rights bar:", kr2[4], StringComparison.Ordinal);
        Assert.StartsWith("Evidence at this level's leadership bar:", kr2[5], StringComparison.Ordinal);
        Assert.Null(kr2[6]);
        Assert.Null(kr2[7]);
        Assert.Equal("KR2 of objectives 7\u20138", Assert.Single(okr.Omissions).What);
    }

    [Fact]
    public void Build_ComponentResponsibilities_AreMboAreasWithTheirOwnSource()
    {
        using var dir = HurtingCanons.MoreOutputsThanDimensions();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var mbo = _engine.Build(canon, canon.Profiles[0], [FrameKind.Mbo]).Section(FrameKind.Mbo)!;

        Assert.Equal(["Component responsibility number 1", "Component responsibility number 2"], mbo.Items.Select(i => i.Headline.Text));
        Assert.All(mbo.Items, i => Assert.Equal("responsibility (component)", i.Source.Text));
        Assert.All(mbo.Items, i => Assert.Equal(
            "Consistent with this level's decision rights: \"Owns investment and org design across functions\"",
            i.Field(FieldKind.Standard)!.Content.Text));
    }

    [Fact]
    public void Build_NoCoreOutputs_LeavesOutSmartAndOkrButKeepsMboAndScorecard()
    {
        using var dir = HurtingCanons.NoCoreOutputs();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var sheet = _engine.Build(canon, canon.Profiles[0], FrameKinds.All);

        Assert.Equal([FrameKind.Mbo, FrameKind.Scorecard], sheet.Sections.Select(s => s.Kind));
        Assert.Equal(["core_outputs", "core_outputs"], sheet.Omissions.Where(o => o.Kind is FrameKind.Smart or FrameKind.Okr).Select(o => o.MissingField));
        Assert.All(sheet.Section(FrameKind.Scorecard)!.Groups[0].Items, i => Assert.Equal("responsibility (component)", i.Source.Text));
    }

    [Fact]
    public void Build_NothingInTheCanon_LeavesOutEveryPerspectiveWithoutInventing()
    {
        using var dir = HurtingCanons.NothingAtAll();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        var sheet = _engine.Build(canon, canon.Profiles[0], FrameKinds.All);

        var scorecard = sheet.Section(FrameKind.Scorecard)!;
        Assert.Equal(["Role calibration"], scorecard.Groups.Select(g => g.Heading!.Text));
        Assert.Equal(["Meets the scope bar: \"Own tasks\"", "Meets the impact bar: \"Own work\""], scorecard.Items.Select(i => i.Headline.Text));
        Assert.Null(sheet.Section(FrameKind.Smart));
        Assert.Null(sheet.Section(FrameKind.Okr));
        Assert.Null(sheet.Section(FrameKind.Mbo));
        Assert.Contains(sheet.Omissions, o => o.What == "Role calibration lines for autonomy, complexity, decision rights, leadership");
    }

    [Fact]
    public void Build_WithValues_ReplacesEachSlotEverywhereInItsRowOnly()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var profile = canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!;
        var values = new GoalValues([("smart/dept-head", "date", "2027-03-31"), ("smart/dept-head", "target", "12 studies")]);

        var smart = _engine.Build(canon, profile, [FrameKind.Smart], values).Section(FrameKind.Smart)!.Items.ToList();

        Assert.Equal("Move the metric this drives from \u27E8baseline\u27E9 to 12 studies by 2027-03-31.", smart[0].Field(FieldKind.Measurable)!.Content.Text);
        Assert.Equal("2027-03-31", smart[0].Field(FieldKind.TimeBound)!.Content.Text);
        Assert.Equal("\u27E8date\u27E9", smart[1].Field(FieldKind.TimeBound)!.Content.Text);
    }

    [Fact]
    public void Build_OkrKeyResults_HaveSeparateSlots()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var profile = canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!;
        var values = new GoalValues([("okr/dept-head", "kr1.target", "90%")]);

        var item = _engine.Build(canon, profile, [FrameKind.Okr], values).Section(FrameKind.Okr)!.Items.First();

        Assert.Contains("to 90% by", item.Field(FieldKind.KeyResult1)!.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("\u2014 \u27E8target\u27E9 by \u27E8date\u27E9", item.Field(FieldKind.KeyResult2)!.Content.Text, StringComparison.Ordinal);
        Assert.Equal(["kr1.baseline", "kr1.target", "kr1.date", "kr2.target", "kr2.date"], item.Slots.Select(s => s.Slot));
    }
}
