using GoalFrames.Canon;
using GoalFrames.Engine.Resolution;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class ProfileResolverTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
    private readonly ProfileResolver _resolver = new(Canon);

    [Theory]
    [InlineData("clinpos")]
    [InlineData("clniops")]
    [InlineData("clinop")]
    [InlineData("CLINOPS2")]
    public void FindFocus_Typo_SuggestsClinopsFirst(string typo)
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownFocus>(_resolver.FindFocus(typo));

        Assert.Equal("clinops", unknown.Suggestions[0].Word);
        Assert.Equal("Clinical Trials Operations", unknown.Suggestions[0].Description);
    }

    [Fact]
    public void FindFocus_Nonsense_SuggestsNothing()
    {
        Assert.Empty(Assert.IsType<ProfileLookup.UnknownFocus>(_resolver.FindFocus("zzzzqqqq")).Suggestions);
    }

    [Fact]
    public void FindFocus_SharedAlias_ListsEveryFocus()
    {
        var ambiguous = Assert.IsType<ProfileLookup.AmbiguousFocus>(_resolver.FindFocus("trials-data"));

        Assert.Equal(["CLINDATA1.CDM", "CLINDATA1.BIOSTAT"], ambiguous.Focuses.Select(f => f.Key).Order().Reverse());
    }

    [Fact]
    public void Find_UnknownLevel_ListsTheLevelsThatExist()
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownLevel>(_resolver.Find("clinops", "M9"));

        Assert.False(unknown.LevelExists);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5"], unknown.Profiles.Select(p => p.Level.Code));
    }

    [Fact]
    public void Find_LevelTheCanonHasButNotTheFocus_SaysSo()
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownLevel>(_resolver.Find("clinops", "E1"));

        Assert.True(unknown.LevelExists);
    }

    [Fact]
    public void FindById_CaseInsensitive_FindsTheProfile()
    {
        var found = Assert.IsType<ProfileLookup.Found>(_resolver.FindById("clinic1.clinical3cd6.m5"));

        Assert.Equal("CLINIC1.CLINICAL3CD6.M5", found.Profile.Id);
    }

    [Fact]
    public void FindById_Typo_SuggestsTheNearestIds()
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownProfileId>(_resolver.FindById("CLINIC1.CLINICAL3CD.M5"));

        Assert.Equal("CLINIC1.CLINICAL3CD6.M5", unknown.Suggestions[0].Word);
    }
}
