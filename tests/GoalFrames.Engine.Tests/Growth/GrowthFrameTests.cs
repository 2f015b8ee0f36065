using GoalFrames.Canon;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Tests.Growth;

public sealed class GrowthFrameTests : IDisposable
{
    private readonly Testing.TempCanon _dir = GrowthCanons.Create();
    private readonly CanonSnapshot _canon;

    public GrowthFrameTests()
    {
        _canon = CanonLoader.LoadOrThrow(_dir.Dir);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Page_TitleIdentityHeadingIntro_AreTheSpecWording()
    {
        var sheet = Build("A1", "A2");

        Assert.Equal("Growth goals \u2014 Growth focus \u2014 A1 \u2192 A2", sheet.Title.Text);
        Assert.Equal("Growth family \u00B7 Growth focus \u00B7 A1 \u2014 Analyst \u2192 A2 \u2014 Senior Analyst", sheet.Identity.Text);
        var section = Assert.Single(sheet.Sections);
        Assert.Equal(FrameKind.Growth, section.Kind);
        Assert.Equal("Growth toward A2 \u2014 Senior Analyst", section.Heading.Text);
        Assert.Equal("What changes from A1 to A2 in this canon. Every line quotes one level or the other; what the two levels share is left out.", section.Intro.Text);
        Assert.Equal("GROW1.GROW.A1..A2", sheet.Profile.Id);
    }

    [Fact]
    public void LevelDimensions_OnlyThoseToHasAndFromLacksOrWordsDifferently_InDimensionOrder()
    {
        var sheet = Build("A1", "A2");

        var group = Group(sheet, "Level dimensions");
        Assert.Equal(["Autonomy", "Complexity", "Impact"], group.Items.Select(i => i.Headline.Text));
        var autonomy = group.Items[0];
        Assert.Equal("\"A1 autonomy\"", autonomy.Field(FieldKind.From)!.Content.Text);
        Assert.Equal("level dimension (Autonomy), A1", autonomy.Field(FieldKind.From)!.Source!.Text);
        Assert.Equal("\"A2 autonomy\"", autonomy.Field(FieldKind.To)!.Content.Text);
        Assert.Equal("level dimension (Autonomy), A2", autonomy.Field(FieldKind.To)!.Source!.Text);
        Assert.Equal("Show evidence at the A2 autonomy bar \u2014 \u27E8target\u27E9 by \u27E8date\u27E9", autonomy.Field(FieldKind.Goal)!.Content.Text);
        Assert.Null(group.Items[1].Field(FieldKind.From));
        Assert.Equal([FieldKind.To, FieldKind.Goal], group.Items[1].Fields.Select(f => f.Kind));
    }

    [Fact]
    public void Ledger_SaysWhichDimensionsReadTheSameOrToLacks_AndWhichFromLineIsMissing()
    {
        var ledger = Build("A1", "A2").Omissions.Select(o => o.ToString()).ToList();

        Assert.Contains(ledger, o => o.StartsWith("the scope entry left out: the scope dimension reads the same at A1 and A2", StringComparison.Ordinal));
        Assert.Contains(ledger, o => o.StartsWith("the leadership entry left out: level A2 defines no leadership dimension", StringComparison.Ordinal));
        Assert.Contains(ledger, o => o.StartsWith("the decision rights entry left out: level A2 defines no decision rights dimension", StringComparison.Ordinal));
        Assert.Contains(ledger, o => o.StartsWith("the From line of the complexity entry left out: level A1 defines no complexity dimension", StringComparison.Ordinal));
    }

    [Fact]
    public void NewAt_TsCoreOutputsNotAmongFs_NumberedInTsOrder_AndTheRestCounted()
    {
        var sheet = Build("A1", "A2");

        var group = Group(sheet, "New at A2");
        Assert.Equal(["\"Output new at A2, first\"", "\"Output new at A2, second\""], group.Items.Select(i => i.Headline.Text));
        Assert.Equal([1, 2], group.Items.Select(i => i.Number));
        Assert.All(group.Items, i => Assert.Equal("JFM responsibility (A2)", i.Source.Text));
        Assert.All(group.Items, i => Assert.Equal("First evidence of this responsibility \u2014 \u27E8target\u27E9 by \u27E8date\u27E9", Assert.Single(i.Fields).Content.Text));
        var ledger = sheet.Omissions.Select(o => o.ToString()).ToList();
        Assert.Contains(ledger, o => o.StartsWith("2 of A1's 3 core outputs left out: they do not appear at A2 (not shown)", StringComparison.Ordinal));
        Assert.Contains(ledger, o => o.StartsWith("1 of A2's 3 core outputs left out: it reads the same at A1", StringComparison.Ordinal));
    }

    [Fact]
    public void NewAt_WhenTHasNoCoreOutputs_ComparesComponentResponsibilities()
    {
        var sheet = Build("A1", "A3");

        var item = Assert.Single(Group(sheet, "New at A3").Items);
        Assert.Equal("\"Responsibility new at A3\"", item.Headline.Text);
        Assert.Equal("responsibility (component)", item.Source.Text);
        Assert.Contains(sheet.Omissions, o => o.What == "1 of A3's 2 component responsibilities");
        Assert.Contains(sheet.Omissions, o => o.What == "A1's 3 core outputs");
    }

    [Fact]
    public void Rubrics_SameOrLackedByT_HaveNoEntry_AndASectionWithNoEntriesIsLeftOut()
    {
        var sheet = Build("A1", "A2");

        Assert.DoesNotContain(sheet.Section(FrameKind.Growth)!.Groups, g => g.Heading!.Text == "Rubrics");
        Assert.Contains(sheet.Omissions, o => o.Reason == "the jfm complexity/problem-solving rubric reads the same at A1 and A2");
        Assert.Contains(sheet.Omissions, o => o.Reason == "profile GROW1.GROW.A2 has no jfm knowledge-application rubric");
    }

    [Fact]
    public void Rubrics_WhenFLacksIt_HaveOnlyTheToLine()
    {
        var sheet = Build("A2", "A3");

        var item = Assert.Single(Group(sheet, "Rubrics").Items);
        Assert.Equal("Knowledge application", item.Headline.Text);
        Assert.Equal([FieldKind.To, FieldKind.Goal], item.Fields.Select(f => f.Kind));
        Assert.Equal("jfm knowledge-application rubric (A3)", item.Field(FieldKind.To)!.Source!.Text);
        Assert.Equal("Show work at the A3 knowledge-application bar \u2014 \u27E8target\u27E9 by \u27E8date\u27E9", item.Field(FieldKind.Goal)!.Content.Text);
        Assert.Contains(sheet.Omissions, o => o.What == "the From line of the knowledge-application rubric entry");
    }

    [Fact]
    public void Rubrics_WordedDifferently_QuoteBothLevels()
    {
        var sheet = Build("A3", "A1");

        var knowledge = Assert.Single(Group(sheet, "Rubrics").Items, i => i.Headline.Text == "Knowledge application");
        Assert.Equal("\"Knowledge rubric at A3\"", knowledge.Field(FieldKind.From)!.Content.Text);
        Assert.Equal("\"Knowledge rubric only at A1\"", knowledge.Field(FieldKind.To)!.Content.Text);
        var complexity = Assert.Single(Group(sheet, "Rubrics").Items, i => i.Headline.Text == "Complexity/problem-solving");
        Assert.Null(complexity.Field(FieldKind.From));
        Assert.Equal(["Complexity/problem-solving", "Knowledge application"], Group(sheet, "Rubrics").Items.Select(i => i.Headline.Text));
    }

    [Fact]
    public void MissingProfile_LeavesNewAndRubricsOut_ButDimensionsStillCompare()
    {
        var sheet = Build("B1", "B2");

        var section = Assert.Single(sheet.Sections);
        var group = Assert.Single(section.Groups);
        Assert.Equal("Level dimensions", group.Heading!.Text);
        Assert.Equal(["Scope"], group.Items.Select(i => i.Headline.Text));
        Assert.Contains(sheet.Omissions, o => o.Reason == "no B1 profile for Growth focus");
        Assert.Contains(sheet.Omissions, o => o.Reason == "the decision rights dimension reads the same at B1 and B2");
    }

    [Fact]
    public void NeitherProfile_IsNamedInTheLedger()
    {
        var sheet = Build("A1", "A2", "EMPTY");

        Assert.Equal("Level dimensions", Assert.Single(Assert.Single(sheet.Sections).Groups).Heading!.Text);
        Assert.Contains(sheet.Omissions, o => o.Reason == "no A1 or A2 profile for Empty focus");
    }

    [Fact]
    public void NothingChanges_LeavesTheWholeFrameOut_AndSaysSo()
    {
        var sheet = Build("A2", "X1", "EMPTY");

        Assert.Empty(sheet.Sections);
        Assert.Contains(sheet.Omissions, o => o.Reason == "nothing in this canon changes from A2 to X1");
    }

    [Fact]
    public void Values_FillTheGoalLinesBlanks()
    {
        var values = new GoalValues([("growth/dimension/autonomy", "target", "runs the A2 review"), ("growth/new/new-first", "date", "2027-03-31")]);

        var sheet = new FrameEngine().BuildGrowth(_canon, Focus("GROW"), _canon.FindLevel("A1")!, _canon.FindLevel("A2")!, values);

        Assert.Equal("Show evidence at the A2 autonomy bar \u2014 runs the A2 review by \u27E8date\u27E9", Item(sheet, "growth/dimension/autonomy").Field(FieldKind.Goal)!.Content.Text);
        Assert.Equal("First evidence of this responsibility \u2014 \u27E8target\u27E9 by 2027-03-31", Item(sheet, "growth/new/new-first").Field(FieldKind.Goal)!.Content.Text);
    }

    [Theory]
    [InlineData("GROW1.GROW.A1..A2", "GROW1.GROW.A1..A2")]
    [InlineData("grow1.grow.a1..a2", "GROW1.GROW.A1..A2")]
    [InlineData("GROW1.GROW.A1..A1", null)]
    [InlineData("GROW1.GROW.A1..Q9", null)]
    [InlineData("GROW1.NOPE.A1..A2", null)]
    [InlineData("GROW1.GROW.A1", null)]
    public void BuildGrowth_ByPairId_FindsTheFocusAndBothLevels(string id, string? built)
    {
        Assert.Equal(built, new FrameEngine().BuildGrowth(_canon, id)?.Growth?.Id);
    }

    [Fact]
    public void SameLevelTwice_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Build("A1", "A1"));
    }

    private static GoalItem Item(GoalSheet sheet, string key) => sheet.Sections.SelectMany(s => s.Items).Single(i => i.Key == key);

    private static GoalGroup Group(GoalSheet sheet, string heading) =>
        Assert.Single(sheet.Section(FrameKind.Growth)!.Groups, g => g.Heading!.Text == heading);

    private Focus Focus(string code) => _canon.FindFocuses(code).Single();

    private GoalSheet Build(string from, string to, string focus = "GROW") =>
        new FrameEngine().BuildGrowth(_canon, Focus(focus), _canon.FindLevel(from)!, _canon.FindLevel(to)!);
}
