using GoalFrames.Canon;

namespace GoalFrames.Engine.Resolution;

/// <summary>Finds focuses and profiles from what people type, with ranked suggestions when nothing matches.</summary>
public sealed class ProfileResolver
{
    private const int MaxSuggestions = 5;
    private readonly ICanon _canon;

    /// <summary>Creates a resolver over one canon snapshot.</summary>
    /// <param name="canon">The canon.</param>
    public ProfileResolver(ICanon canon)
    {
        _canon = canon;
    }

    /// <summary>True when the word looks like a profile id (<c>FAMILY.FOCUS.LEVEL</c>).</summary>
    /// <param name="word">The word.</param>
    public static bool IsProfileId(string word) => word.Count(c => c == '.') == 2;

    /// <summary>Looks up a focus by alias or code, with its profiles.</summary>
    /// <param name="word">An alias, a focus code or <c>FAMILY.FOCUS</c>.</param>
    public ProfileLookup FindFocus(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IsProfileId(word))
        {
            return FindById(word);
        }

        var focuses = _canon.FindFocuses(word);
        return focuses.Count switch
        {
            0 => new ProfileLookup.UnknownFocus(word, SuggestFocuses(word)),
            1 => new ProfileLookup.FocusFound(focuses[0], _canon.ProfilesOf(focuses[0])),
            _ => new ProfileLookup.AmbiguousFocus(word, focuses),
        };
    }

    /// <summary>Looks up a profile by focus word and level: its code (<c>M5</c>) or its title (<c>senior director</c>).</summary>
    /// <param name="word">An alias, a focus code or <c>FAMILY.FOCUS</c>.</param>
    /// <param name="level">A level code such as <c>M5</c>, a level title, or the profile's own title.</param>
    public ProfileLookup Find(string word, string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var focus = FindFocus(word);
        if (focus is not ProfileLookup.FocusFound found)
        {
            return focus;
        }

        var profile = found.Profiles.FirstOrDefault(p => string.Equals(p.Level.Code, level, StringComparison.OrdinalIgnoreCase))
            ?? found.Profiles.FirstOrDefault(p => SameTitle(p.Title, level) || SameTitle(p.Level.Title, level));
        if (profile is not null)
        {
            return new ProfileLookup.Found(profile);
        }

        var byTitle = _canon.Levels.FirstOrDefault(l => SameTitle(l.Title, level));
        return byTitle is null
            ? new ProfileLookup.UnknownLevel(found.Focus, level, _canon.FindLevel(level) is not null, found.Profiles)
            : new ProfileLookup.UnknownLevel(found.Focus, byTitle.Code, LevelExists: true, found.Profiles);
    }

    /// <summary>A level by its code (<c>M5</c>) or its title (<c>senior director</c>), or null.</summary>
    /// <param name="word">What was typed.</param>
    public Level? FindLevel(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _canon.FindLevel(word) ?? _canon.Levels.FirstOrDefault(l => SameTitle(l.Title, word));
    }

    /// <summary>
    /// The next level up: the level on the same track with the smallest rank above this one's, or null at the top. Levels
    /// of tracks the canon names itself (<see cref="LevelTrack.Other"/>) share a track when their codes share a prefix.
    /// </summary>
    /// <param name="level">The level.</param>
    public Level? NextLevelUp(Level level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return _canon.Levels
            .Where(l => l.Track == level.Track && l.Rank > level.Rank && (level.Track != LevelTrack.Other || CodePrefix(l) == CodePrefix(level)))
            .OrderBy(l => l.Rank)
            .FirstOrDefault();
    }

    /// <summary>
    /// The word people type for a focus: its first alias that names only this focus, else <c>FAMILY.FOCUS</c>.
    /// Suggestions and hints use it, never a bare internal code.
    /// </summary>
    /// <param name="focus">The focus.</param>
    public string WordFor(Focus focus)
    {
        ArgumentNullException.ThrowIfNull(focus);
        return focus.Aliases.FirstOrDefault(a => _canon.FindFocuses(a) is [var only] && only.Key == focus.Key) ?? focus.Key;
    }

    /// <summary>The words that name a profile in a command, e.g. <c>clinops M5</c>.</summary>
    /// <param name="profile">The profile.</param>
    public string WordsFor(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return $"{WordFor(profile.Focus)} {profile.Level.Code}";
    }

    /// <summary>Looks up a profile by its id.</summary>
    /// <param name="id">The id, <c>FAMILY.FOCUS.LEVEL</c>.</param>
    public ProfileLookup FindById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_canon.FindProfile(id) is { } profile)
        {
            return new ProfileLookup.Found(profile);
        }

        var focusKey = id[..id.LastIndexOf('.')];
        var focuses = _canon.FindFocuses(focusKey);
        if (focuses.Count == 1)
        {
            var level = id[(id.LastIndexOf('.') + 1)..];
            return new ProfileLookup.UnknownLevel(focuses[0], level, _canon.FindLevel(level) is not null, _canon.ProfilesOf(focuses[0]));
        }

        var suggestions = _canon.Profiles
            .Select(p => new Suggestion(WordsFor(p), Describe(p), Similarity.Distance(id, p.Id)))
            .Where(s => s.Distance <= Math.Max(3, id.Length / 4))
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Word, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();
        return new ProfileLookup.UnknownProfileId(id, suggestions);
    }

    /// <summary>A short description of a profile, e.g. <c>Clinical Trials Operations — M5 Senior Director</c>.</summary>
    /// <param name="profile">The profile.</param>
    public static string Describe(Profile profile) =>
        $"{profile.Title ?? profile.Focus.Name} \u2014 {profile.Level.Code} {profile.Level.Title}";

    private List<Suggestion> SuggestFocuses(string word)
    {
        var candidates = _canon.Families
            .SelectMany(f => f.Focuses)
            .SelectMany(focus => focus.Aliases.Append(focus.Code).Select(w => (Word: w, Focus: focus)));
        return candidates
            .Select(c => (c.Word, c.Focus, Distance: Score(word, c.Word, c.Focus)))
            .Where(c => c.Distance <= Math.Max(2, word.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .DistinctBy(c => c.Focus.Key)
            .Take(MaxSuggestions)
            .Select(c => new Suggestion(Typable(c.Word, c.Focus), c.Focus.Name, c.Distance))
            .ToList();
    }

    /// <summary>The matched word when it is an alias of this focus alone, else the focus's usual word.</summary>
    private string Typable(string matched, Focus focus) =>
        focus.Aliases.Contains(matched, StringComparer.Ordinal) && _canon.FindFocuses(matched).Count == 1 ? matched : WordFor(focus);

    private static string CodePrefix(Level level) => level.Code.TrimEnd("0123456789".ToCharArray()).ToUpperInvariant();

    private static bool SameTitle(string? title, string typed) =>
        title is not null && string.Equals(NormalTitle(title), NormalTitle(typed), StringComparison.OrdinalIgnoreCase);

    private static string NormalTitle(string title) =>
        string.Join(' ', title.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static int Score(string typed, string candidate, Focus focus)
    {
        var distance = Similarity.Distance(typed, candidate);
        var byName = focus.Name.Contains(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 3 ? 1 : int.MaxValue;
        var byPrefix = candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 2 ? 1 : int.MaxValue;
        return Math.Min(distance, Math.Min(byName, byPrefix));
    }
}
