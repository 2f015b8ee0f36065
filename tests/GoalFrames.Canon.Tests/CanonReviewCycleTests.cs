using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

/// <summary>The review cycle HR declares in <c>canon.yaml</c>: read when sound, refused at its position when not.</summary>
public sealed class CanonReviewCycleTests
{
    private static readonly string Family = TestFamily.Head + TestFamily.Profile("M5");

    [Fact]
    public void Load_SampleCanon_DeclaresItsReviewCycle()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

        Assert.Equal(new ReviewCycle("FY2027 goals", new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2027, 1, 31)), canon.ReviewCycle);
    }

    [Fact]
    public void Load_HeaderWithoutCycle_IsValidAndHasNone()
    {
        using var dir = new TempCanon(Family);

        var result = CanonLoader.Load(dir.Dir);

        Assert.Empty(result.Problems);
        Assert.Null(result.Canon!.ReviewCycle);
    }

    [Fact]
    public void Load_QuotedDatesAndDueOnTheLastDay_AreAccepted()
    {
        using var dir = new TempCanon(Family, header: Header("name: H2", "start: \"2027-07-01\"", "end: 2027-12-31", "goals_due: 2027-12-31"));

        var canon = CanonLoader.LoadOrThrow(dir.Dir);

        Assert.Equal(new DateOnly(2027, 7, 1), canon.ReviewCycle!.Start);
        Assert.Equal(canon.ReviewCycle.End, canon.ReviewCycle.GoalsDue);
    }

    [Theory]
    [InlineData("start: 2027-12-31|end: 2027-01-01|goals_due: 2027-06-01", "canon.yaml:6:8: the review cycle ends on 2027-01-01, which is not after its start 2027-12-31; 'end' must come after 'start'")]
    [InlineData("start: 2027-01-01|end: 2027-01-01|goals_due: 2027-01-01", "canon.yaml:6:8: the review cycle ends on 2027-01-01, which is not after its start 2027-01-01; 'end' must come after 'start'")]
    [InlineData("start: 2027-01-01|end: 2027-12-31|goals_due: 2028-01-15", "canon.yaml:7:14: goals are due on 2028-01-15, outside the review cycle 2027-01-01 to 2027-12-31; 'goals_due' must fall inside the cycle (its last day at the latest)")]
    [InlineData("start: 2027-01-01|end: 2027-12-31|goals_due: 2026-12-31", "canon.yaml:7:14: goals are due on 2026-12-31, outside the review cycle 2027-01-01 to 2027-12-31; 'goals_due' must fall inside the cycle (its last day at the latest)")]
    [InlineData("start: 2027-02-30|end: 2027-12-31|goals_due: 2027-03-31", "canon.yaml:5:10: 'start' in 'review_cycle' is 2027-02-30, which is not a day of the calendar")]
    [InlineData("start: 01/01/2027|end: 2027-12-31|goals_due: 2027-03-31", "canon.yaml:5:10: 'start' in 'review_cycle' must be a date written yyyy-MM-dd (e.g. 2027-01-31), found '01/01/2027'")]
    [InlineData("start: 2027-01-01|end: 2027-12-31|due: 2027-03-31", "canon.yaml:7:3: unknown key 'due' in 'review_cycle' in canon.yaml")]
    [InlineData("start: 2027-01-01|end: 2027-12-31", "canon.yaml:4:3: 'review_cycle' in canon.yaml is missing 'goals_due'")]
    public void Load_BadCycle_IsRefusedAtItsPosition(string lines, string expected)
    {
        using var dir = new TempCanon(Family, header: Header(["name: FY2027 goals", .. lines.Split('|')]));

        var result = CanonLoader.Load(dir.Dir);

        Assert.Null(result.Canon);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("review_cycle:", "canon.yaml:3:14: 'review_cycle' in canon.yaml is empty; add its keys or leave it out")]
    [InlineData("review_cycle: FY2027", "canon.yaml:3:15: 'review_cycle' in canon.yaml must be a mapping of keys to values, found text")]
    public void Load_CycleThatIsNoMapping_IsRefusedAtItsPosition(string line, string expected)
    {
        using var dir = new TempCanon(Family, header: TempCanon.Header + line + "\n");

        var result = CanonLoader.Load(dir.Dir);

        Assert.Contains(expected, result.Problems.Select(p => p.ToString()));
    }

    private static string Header(params string[] cycle) =>
        TempCanon.Header + "review_cycle:\n" + string.Concat(cycle.Select(line => "  " + line + "\n"));
}
