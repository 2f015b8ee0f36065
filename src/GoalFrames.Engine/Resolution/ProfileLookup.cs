using GoalFrames.Canon;

namespace GoalFrames.Engine.Resolution;

/// <summary>What looking up a focus or profile found. Callers handle every case with a switch.</summary>
public abstract record ProfileLookup
{
    private ProfileLookup()
    {
    }

    /// <summary>Exactly one profile.</summary>
    /// <param name="Profile">The profile.</param>
    public sealed record Found(Profile Profile) : ProfileLookup;

    /// <summary>A focus was named without a level: these are its profiles.</summary>
    /// <param name="Focus">The focus.</param>
    /// <param name="Profiles">Its profiles, by track and rank.</param>
    public sealed record FocusFound(Focus Focus, IReadOnlyList<Profile> Profiles) : ProfileLookup;

    /// <summary>No focus answers to the word.</summary>
    /// <param name="Word">What was typed.</param>
    /// <param name="Suggestions">Near words, closest first.</param>
    public sealed record UnknownFocus(string Word, IReadOnlyList<Suggestion> Suggestions) : ProfileLookup;

    /// <summary>Several focuses share the word.</summary>
    /// <param name="Word">What was typed.</param>
    /// <param name="Focuses">The focuses that answer to it.</param>
    public sealed record AmbiguousFocus(string Word, IReadOnlyList<Focus> Focuses) : ProfileLookup;

    /// <summary>The focus exists but has no profile at that level.</summary>
    /// <param name="Focus">The focus.</param>
    /// <param name="Word">The level that was typed.</param>
    /// <param name="LevelExists">True when the canon defines the level, just not for this focus.</param>
    /// <param name="Profiles">The profiles the focus has.</param>
    public sealed record UnknownLevel(Focus Focus, string Word, bool LevelExists, IReadOnlyList<Profile> Profiles) : ProfileLookup;

    /// <summary>A dotted profile id that matches nothing.</summary>
    /// <param name="Id">The id that was typed.</param>
    /// <param name="Suggestions">Near profile ids, closest first.</param>
    public sealed record UnknownProfileId(string Id, IReadOnlyList<Suggestion> Suggestions) : ProfileLookup;
}
