namespace GoalFrames.Canon;

/// <summary>Row ids of the naming fields, and the canon addresses built from them.</summary>
public static class CanonNames
{
    /// <summary>A family's name; owner is the family code.</summary>
    public const string FamilyName = "family-name";

    /// <summary>A focus's name; owner is <c>FAMILY.FOCUS</c>.</summary>
    public const string FocusName = "focus-name";

    /// <summary>A level's code; owner is the level code.</summary>
    public const string LevelCode = "level-code";

    /// <summary>A level's title; owner is the level code.</summary>
    public const string LevelTitle = "level-title";

    /// <summary>A profile's own title; owner is the profile id.</summary>
    public const string ProfileTitle = "profile-title";

    /// <summary>The family name of a profile as a canon row.</summary>
    public static CanonRow FamilyNameOf(Profile profile) =>
        new(new CanonRef(CanonField.Name, profile.Family.Code, FamilyName), profile.Family.Name);

    /// <summary>The focus name of a profile as a canon row.</summary>
    public static CanonRow FocusNameOf(Profile profile) =>
        new(new CanonRef(CanonField.Name, profile.Focus.Key, FocusName), profile.Focus.Name);

    /// <summary>The level code of a profile as a canon row.</summary>
    public static CanonRow LevelCodeOf(Profile profile) =>
        new(new CanonRef(CanonField.Name, profile.Level.Code, LevelCode), profile.Level.Code);

    /// <summary>The level title of a profile as a canon row.</summary>
    public static CanonRow LevelTitleOf(Profile profile) =>
        new(new CanonRef(CanonField.Name, profile.Level.Code, LevelTitle), profile.Level.Title);

    /// <summary>The profile's own title as a canon row, or null when it has none.</summary>
    public static CanonRow? ProfileTitleOf(Profile profile) =>
        profile.Title is null ? null : new(new CanonRef(CanonField.Name, profile.Id, ProfileTitle), profile.Title);
}
