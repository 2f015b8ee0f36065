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

    /// <summary>Looks up a profile by focus word and level code.</summary>
    /// <param name="word">An alias, a focus code or <c>FAMILY.FOCUS</c>.</param>
    /// <param name="level">A level code such as <c>M5</c>.</param>
    public ProfileLookup Find(string word, string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var focus = FindFocus(word);
        if (focus is not ProfileLookup.FocusFound found)
        {
            return focus;
        }

        var profile = found.Profiles.FirstOrDefault(p => string.Equals(p.Level.Code, level, StringComparison.OrdinalIgnoreCase));
        return profile is null
            ? new ProfileLookup.UnknownLevel(found.Focus, level, _canon.FindLevel(level) is not null, found.Profiles)
            : new ProfileLookup.Found(profile);
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
            .Select(p => new Suggestion(p.Id, Describe(p), Similarity.Distance(id, p.Id)))
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
            .Select(c => new Suggestion(c.Word, c.Focus.Name, Score(word, c.Word, c.Focus)))
            .Where(s => s.Distance <= Math.Max(2, word.Length / 3))
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Word, StringComparer.Ordinal)
            .DistinctBy(s => s.Description)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static int Score(string typed, string candidate, Focus focus)
    {
        var distance = Similarity.Distance(typed, candidate);
        var byName = focus.Name.Contains(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 3 ? 1 : int.MaxValue;
        var byPrefix = candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 2 ? 1 : int.MaxValue;
        return Math.Min(distance, Math.Min(byName, byPrefix));
    }
}
