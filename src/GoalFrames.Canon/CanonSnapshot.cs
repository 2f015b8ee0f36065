using System.Collections.Frozen;

namespace GoalFrames.Canon;

/// <summary>The immutable, indexed form of a canon. Reloading builds a new snapshot and swaps it in.</summary>
public sealed class CanonSnapshot : ICanon
{
    private readonly FrozenDictionary<string, Level> _levels;
    private readonly FrozenDictionary<string, Profile> _profiles;
    private readonly FrozenDictionary<string, JobFamily> _families;
    private readonly FrozenDictionary<string, Focus[]> _focusesByWord;
    private readonly FrozenDictionary<string, Profile[]> _profilesByFocus;

    /// <summary>Indexes a canon that has already been validated.</summary>
    /// <param name="name">The canon's name.</param>
    /// <param name="version">The version HR declared.</param>
    /// <param name="fingerprint">A fingerprint of the content.</param>
    /// <param name="levels">The levels.</param>
    /// <param name="families">The families.</param>
    /// <param name="profiles">The profiles.</param>
    public CanonSnapshot(
        string name,
        string version,
        string fingerprint,
        IEnumerable<Level> levels,
        IEnumerable<JobFamily> families,
        IEnumerable<Profile> profiles)
    {
        Name = name;
        Version = version;
        Fingerprint = fingerprint;
        Levels = [.. levels.OrderBy(l => l.Track).ThenBy(l => l.Rank).ThenBy(l => l.Code, StringComparer.Ordinal)];
        Families = [.. families.OrderBy(f => f.Code, StringComparer.Ordinal)];
        Profiles = [.. profiles
            .OrderBy(p => p.Id.Substring(0, p.Id.Length - p.Level.Code.Length), StringComparer.Ordinal)
            .ThenBy(p => p.Level.Track)
            .ThenBy(p => p.Level.Rank)];

        _levels = Levels.ToFrozenDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        _profiles = Profiles.ToFrozenDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        _families = Families.ToFrozenDictionary(f => f.Code, StringComparer.OrdinalIgnoreCase);
        _profilesByFocus = Profiles
            .GroupBy(p => p.Focus.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

        var byWord = new Dictionary<string, List<Focus>>(StringComparer.OrdinalIgnoreCase);
        foreach (var focus in Families.SelectMany(f => f.Focuses))
        {
            foreach (var word in focus.Aliases.Append(focus.Code).Append(focus.Key))
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                if (!list.Contains(focus))
                {
                    list.Add(focus);
                }
            }
        }

        _focusesByWord = byWord.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Version { get; }

    /// <inheritdoc />
    public string Fingerprint { get; }

    /// <inheritdoc />
    public ReviewCycle? ReviewCycle { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<Level> Levels { get; }

    /// <inheritdoc />
    public IReadOnlyList<JobFamily> Families { get; }

    /// <inheritdoc />
    public IReadOnlyList<Profile> Profiles { get; }

    /// <summary>Every word that finds a focus: aliases, focus codes and <c>FAMILY.FOCUS</c> keys.</summary>
    public IEnumerable<string> FocusWords => _focusesByWord.Keys;

    /// <inheritdoc />
    public Level? FindLevel(string code) => _levels.GetValueOrDefault(code);

    /// <inheritdoc />
    public Profile? FindProfile(string id) => _profiles.GetValueOrDefault(id);

    /// <inheritdoc />
    public JobFamily? FindFamily(string code) => _families.GetValueOrDefault(code);

    /// <inheritdoc />
    public IReadOnlyList<Focus> FindFocuses(string word) => _focusesByWord.GetValueOrDefault(word) ?? [];

    /// <inheritdoc />
    public IReadOnlyList<Profile> ProfilesOf(Focus focus) => _profilesByFocus.GetValueOrDefault(focus.Key) ?? [];

    /// <inheritdoc />
    public string? FindText(CanonRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Field switch
        {
            CanonField.CoreOutput => FindProfile(reference.OwnerId)?.CoreOutputs.FirstOrDefault(r => r.Ref.RowId == reference.RowId)?.Text,
            CanonField.Responsibility => FindProfile(reference.OwnerId)?.Responsibilities.FirstOrDefault(r => r.Ref.RowId == reference.RowId)?.Text,
            CanonField.ComplexityRubric => FindProfile(reference.OwnerId)?.ComplexityRubric?.Text,
            CanonField.KnowledgeApplicationRubric => FindProfile(reference.OwnerId)?.KnowledgeApplicationRubric?.Text,
            CanonField.LevelDimension => FindLevel(reference.OwnerId)?.Dimensions.FirstOrDefault(d => d.Row.Ref.RowId == reference.RowId)?.Row.Text,
            CanonField.Name => FindName(reference),
            _ => null,
        };
    }

    private string? FindName(CanonRef reference)
    {
        if (reference.RowId == CanonNames.ProfileTitle)
        {
            return FindProfile(reference.OwnerId)?.Title;
        }

        if (reference.RowId == CanonNames.LevelTitle)
        {
            return FindLevel(reference.OwnerId)?.Title;
        }

        if (reference.RowId == CanonNames.LevelCode)
        {
            return FindLevel(reference.OwnerId)?.Code;
        }

        if (reference.RowId == CanonNames.FamilyName)
        {
            return FindFamily(reference.OwnerId)?.Name;
        }

        if (reference.RowId == CanonNames.FocusName)
        {
            var focuses = FindFocuses(reference.OwnerId);
            return focuses.Count == 1 ? focuses[0].Name : null;
        }

        return null;
    }
}
