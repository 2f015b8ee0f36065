using GoalFrames.Canon;
using GoalFrames.Engine.Checks;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests.Checks;

/// <summary>What the completeness checks say about a manager's goals, on the sample canon (cycle FY2027: 2027-01-01 to 2027-12-31).</summary>
public sealed class GoalCheckerTests
{
    private const string Smart = "smart/dept-head";
    private const string Okr = "okr/dept-head";

    private static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
    private static readonly Profile M5 = Canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!;

    [Fact]
    public void CompleteMeasurableGoal_InsideTheCycle_HasNoFindings()
    {
        var check = CheckOf(Smart, ("baseline", "62% of studies on time"), ("target", "90% of studies on time"), ("date", "2027-06-30"));

        Assert.Empty(check.Findings);
        Assert.True(check.IsReady);
    }

    [Fact]
    public void UntouchedGoal_IsOneErrorNamingEveryKindOfBlank()
    {
        var check = CheckOf(Smart);

        var finding = Assert.Single(check.Findings);
        Assert.Equal((CheckKind.Error, CheckCodes.Blank), (finding.Kind, finding.Code));
        Assert.Equal("Fill in \u27E8baseline\u27E9, \u27E8target\u27E9, \u27E8date\u27E9.", finding.Text);
        Assert.Equal(["baseline", "target", "date"], finding.Slots);
    }

    [Fact]
    public void OkrWithOneKeyResultFilled_NamesTheSecondKeyResultsBlanks()
    {
        var check = CheckOf(Okr, ("kr1.baseline", "2 audits"), ("kr1.target", "6 audits"), ("kr1.date", "2027-09-30"));

        var finding = Assert.Single(check.Findings);
        Assert.Equal(CheckCodes.Blank, finding.Code);
        Assert.Equal(["kr2.target", "kr2.date"], finding.Slots);
        Assert.Equal("Fill in \u27E8target\u27E9, \u27E8date\u27E9.", finding.Text);
    }

    [Theory]
    [InlineData("2028-01-15")]
    [InlineData("2026-12-31")]
    public void DateOutsideTheCycle_IsAnError(string date)
    {
        var check = CheckOf(Smart, ("baseline", "3"), ("target", "5"), ("date", date));

        var finding = Assert.Single(check.Findings);
        Assert.Equal((CheckKind.Error, CheckCodes.DateOutsideCycle, "\u27E8date\u27E9 falls outside the review cycle."), (finding.Kind, finding.Code, finding.Text));
        Assert.False(check.IsReady);
    }

    [Theory]
    [InlineData("2027-01-01")]
    [InlineData("2027-12-31")]
    public void DateOnTheCyclesFirstOrLastDay_IsInside(string date) =>
        Assert.Empty(CheckOf(Smart, ("baseline", "3"), ("target", "5"), ("date", date)).Findings);

    [Theory]
    [InlineData("31/03/2027")]
    [InlineData("March 2027")]
    [InlineData("2027-02-30")]
    [InlineData("2027-3-31")]
    public void UnreadableDate_IsAnErrorThatSaysWhichFormatIsRead(string date)
    {
        var check = CheckOf(Smart, ("baseline", "3"), ("target", "5"), ("date", date));

        var finding = Assert.Single(check.Findings);
        Assert.Equal((CheckKind.Error, CheckCodes.DateUnreadable), (finding.Kind, finding.Code));
        Assert.Equal("Write \u27E8date\u27E9 as yyyy-MM-dd (e.g. 2027-03-31); other date formats cannot be checked.", finding.Text);
    }

    [Theory]
    [InlineData("90% on time", "90% on time")]
    [InlineData("90% On Time", "  90% on time ")]
    public void TargetEqualToBaseline_TrimmedAndIgnoringCase_IsAnError(string baseline, string target)
    {
        var check = CheckOf(Okr, ("kr1.baseline", baseline), ("kr1.target", target), ("kr1.date", "2027-06-30"), ("kr2.target", "3 reviews"), ("kr2.date", "2027-06-30"));

        var finding = Assert.Single(check.Findings);
        Assert.Equal((CheckKind.Error, CheckCodes.TargetIsBaseline), (finding.Kind, finding.Code));
        Assert.Equal(["kr1.target"], finding.Slots);
        Assert.Equal("\u27E8target\u27E9 is the same as \u27E8baseline\u27E9: the goal would change nothing.", finding.Text);
    }

    [Theory]
    [InlineData("better vendor relationships")]
    [InlineData("a stronger team culture")]
    [InlineData("no one waits for approvals")]
    [InlineData("the one vendor everyone trusts")]
    [InlineData("may improve as we march on")]
    public void TargetWithNothingCountable_IsAHintAndTheGoalStaysReady(string target)
    {
        var check = CheckOf(Smart, ("baseline", "weak vendor relationships"), ("target", target), ("date", "2027-06-30"));

        var finding = Assert.Single(check.Findings);
        Assert.Equal((CheckKind.Hint, CheckCodes.TargetNotMeasurable), (finding.Kind, finding.Code));
        Assert.Equal("Is \u27E8target\u27E9 measurable? It states no number, percentage, amount or date.", finding.Text);
        Assert.True(check.IsReady);
        Assert.True(check.HasHints);
    }

    [Theory]
    [InlineData("12 studies")]
    [InlineData("on-time rate up by ten points")]
    [InlineData("\u20AC2m saved")]
    [InlineData("budget within USD budget line")]
    [InlineData("fifty percent of sites")]
    [InlineData("all sites live by September")]
    [InlineData("all sites live by end of september")]
    [InlineData("one new vendor per region")]
    [InlineData("every site live by May")]
    public void TargetWithANumberAmountOrDate_IsMeasurable(string target) =>
        Assert.Empty(CheckOf(Smart, ("baseline", "none"), ("target", target), ("date", "2027-06-30")).Findings);

    [Fact]
    public void Findings_ComeErrorsFirst_InAFixedOrder_EachCodeOnce()
    {
        var check = CheckOf(Okr, ("kr1.baseline", "vendors"), ("kr1.target", "Vendors"), ("kr1.date", "soon"), ("kr2.target", "happier vendors"), ("kr2.date", "2029-01-01"));

        Assert.Equal([CheckCodes.DateUnreadable, CheckCodes.DateOutsideCycle, CheckCodes.TargetIsBaseline, CheckCodes.TargetNotMeasurable], check.Findings.Select(f => f.Code));
        Assert.Equal([CheckKind.Error, CheckKind.Error, CheckKind.Error, CheckKind.Hint], check.Findings.Select(f => f.Kind));
        Assert.Equal(["kr1.target", "kr2.target"], check.Findings.Single(f => f.Code == CheckCodes.TargetNotMeasurable).Slots);
    }

    [Fact]
    public void WithoutACycle_DatesAreOnlyReadAndTheSheetSaysSoOnce()
    {
        var sheet = Engine().Build(Canon, M5, FrameKinds.All, new GoalValues([(Smart, "baseline", "3"), (Smart, "target", "5"), (Smart, "date", "2031-01-01")]));

        var checks = GoalChecker.Check(sheet, GoalChecker.ValuesOf(sheet), cycle: null);

        Assert.Null(checks.Cycle);
        Assert.Empty(checks.For(Smart)!.Findings);
        var note = Assert.Single(checks.Notes);
        Assert.Equal((CheckKind.Hint, CheckCodes.NoReviewCycle), (note.Kind, note.Code));
        Assert.DoesNotContain(checks.Sections.SelectMany(s => s.Goals).SelectMany(g => g.Findings), f => f.Code == CheckCodes.NoReviewCycle);
    }

    [Fact]
    public void Sheet_CarriesTheCanonsCycle_AndChecksAgainstIt()
    {
        var sheet = Engine().Build(Canon, M5, [FrameKind.Smart], new GoalValues([(Smart, "baseline", "3"), (Smart, "target", "5"), (Smart, "date", "2031-01-01")]));

        var checks = GoalChecker.Check(sheet);

        Assert.Equal(Canon.ReviewCycle, checks.Cycle);
        Assert.Empty(checks.Notes);
        Assert.Equal([CheckCodes.DateOutsideCycle], checks.For(Smart)!.Findings.Select(f => f.Code));
    }

    [Fact]
    public void Rollup_CountsReadyErrorsAndHints_PerSectionAndSheet()
    {
        var values = new GoalValues(
        [
            (Smart, "baseline", "3"), (Smart, "target", "5"), (Smart, "date", "2027-06-30"),
            ("smart/program-operations", "baseline", "weak"), ("smart/program-operations", "target", "strong"), ("smart/program-operations", "date", "2027-06-30"),
        ]);
        var sheet = Engine().Build(Canon, M5, [FrameKind.Smart, FrameKind.Mbo], values);

        var checks = GoalChecker.Check(sheet);

        var smart = checks.Sections.Single(s => s.Kind == FrameKind.Smart).Rollup;
        var goals = sheet.Section(FrameKind.Smart)!.Items.Count();
        Assert.Equal(new CheckRollup(goals, 2, goals - 2, 1), smart);
        var all = sheet.Sections.Sum(s => s.Items.Count());
        Assert.Equal(new CheckRollup(all, 2, all - 2, 1), checks.Rollup);
        Assert.Equal($"2 of {all} goals ready \u00B7 {all - 2} to fix \u00B7 1 with hint", checks.Rollup.Summary);
        Assert.Equal(checks.Rollup, checks.Sections.Select(s => s.Rollup).Aggregate(CheckRollup.None, CheckRollup.Add));
    }

    private static FrameEngine Engine() => new();

    private static GoalCheck CheckOf(string itemKey, params (string Slot, string Value)[] values)
    {
        var kind = itemKey.StartsWith("okr/", StringComparison.Ordinal) ? FrameKind.Okr : FrameKind.Smart;
        var sheet = Engine().Build(Canon, M5, [kind], new GoalValues(values.Select(v => (itemKey, v.Slot, v.Value))));
        return GoalChecker.Check(sheet).For(itemKey) ?? throw new InvalidOperationException($"no item {itemKey}: {string.Join(", ", sheet.Sections.SelectMany(s => s.Items).Select(i => i.Key))}");
    }
}
