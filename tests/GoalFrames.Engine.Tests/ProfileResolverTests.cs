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
    public void FindById_Typo_SuggestsTheNearestProfilesInTheWordsPeopleType()
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownProfileId>(_resolver.FindById("CLINIC1.CLINICAL3CD.M5"));

        Assert.Equal("clinops M5", unknown.Suggestions[0].Word);
        Assert.Equal("Clinical Trials Operations \u2014 M5 Senior Director", unknown.Suggestions[0].Description);
    }

    [Theory]
    [InlineData("cdn", "cdm")]
    [InlineData("CLINICAL3CD", "clinops")]
    [InlineData("biostatt", "biostat")]
    [InlineData("trails-data", "cdm")]
    public void FindFocus_TypoNearAnInternalCodeOrASharedAlias_SuggestsAnAliasThatNamesOneFocus(string typo, string expected)
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownFocus>(_resolver.FindFocus(typo));

        Assert.Contains(expected, unknown.Suggestions.Select(s => s.Word));
        Assert.All(unknown.Suggestions, s => Assert.Single(Canon.FindFocuses(s.Word)));
        Assert.DoesNotContain(unknown.Suggestions, s => s.Word is "CDM" or "CLINICAL3CD6" or "trials-data");
    }

    [Fact]
    public void WordFor_FocusWithASharedFirstAlias_IsItsFirstAliasOfItsOwn()
    {
        var biostat = Assert.Single(Canon.FindFocuses("CLINDATA1.BIOSTAT"));

        Assert.Equal("clinops", _resolver.WordFor(Assert.Single(Canon.FindFocuses("CLINIC1.CLINICAL3CD6"))));
        Assert.Equal("biostat", _resolver.WordFor(biostat));
        Assert.Equal("biostat P3", _resolver.WordsFor(Canon.ProfilesOf(biostat).Single(p => p.Level.Code == "P3")));
    }

    [Theory]
    [InlineData("senior director", "M5")]
    [InlineData("Senior  Director", "M5")]
    [InlineData("DIRECTOR", "M4")]
    [InlineData("senior-manager", "M3")]
    [InlineData("associate", "P1")]
    public void Find_LevelByItsTitle_FindsTheProfile(string title, string code)
    {
        var found = Assert.IsType<ProfileLookup.Found>(_resolver.Find("clinops", title));

        Assert.Equal(code, found.Profile.Level.Code);
        Assert.Equal(Canon.FindLevel(code)!.Title, found.Profile.Level.Title);
    }

    [Fact]
    public void Find_LevelByTheProfilesOwnTitle_FindsTheProfile()
    {
        var profile = Canon.Profiles.First(p => p.Title is not null && p.Focus.Aliases.Count > 0);

        var found = Assert.IsType<ProfileLookup.Found>(_resolver.Find(profile.Focus.Key, profile.Title!.ToLowerInvariant()));

        Assert.Equal(profile.Id, found.Profile.Id);
    }

    [Fact]
    public void Find_TitleOfALevelTheFocusLacks_SaysTheLevelExistsByItsCode()
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownLevel>(_resolver.Find("clinops", "vice president"));

        Assert.True(unknown.LevelExists);
        Assert.Equal("M6", unknown.Word);
    }

    [Fact]
    public void Find_TitleNoLevelHas_IsAnUnknownLevel()
    {
        var unknown = Assert.IsType<ProfileLookup.UnknownLevel>(_resolver.Find("clinops", "grand poobah"));

        Assert.False(unknown.LevelExists);
        Assert.Equal("grand poobah", unknown.Word);
    }
}
