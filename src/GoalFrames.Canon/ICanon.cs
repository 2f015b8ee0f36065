namespace GoalFrames.Canon;

/// <summary>A loaded, validated, immutable canon. Lookups are by dictionary, so they cost the same for any size.</summary>
public interface ICanon
{
    /// <summary>The canon's name from <c>canon.yaml</c>.</summary>
    string Name { get; }

    /// <summary>The version HR declared in <c>canon.yaml</c>.</summary>
    string Version { get; }

    /// <summary>A fingerprint of the canon's content; it changes whenever any text changes.</summary>
    string Fingerprint { get; }

    /// <summary>The review cycle HR declared in <c>canon.yaml</c>, or null when the canon declares none.</summary>
    ReviewCycle? ReviewCycle { get; }

    /// <summary>All levels, ordered by track and rank.</summary>
    IReadOnlyList<Level> Levels { get; }

    /// <summary>All families in code order.</summary>
    IReadOnlyList<JobFamily> Families { get; }

    /// <summary>All profiles.</summary>
    IReadOnlyList<Profile> Profiles { get; }

    /// <summary>The level with this code (case-insensitive), or null.</summary>
    Level? FindLevel(string code);

    /// <summary>The profile with this id (case-insensitive), or null.</summary>
    Profile? FindProfile(string id);

    /// <summary>The focuses that answer to this word: an alias, a focus code or <c>FAMILY.FOCUS</c> (case-insensitive).</summary>
    IReadOnlyList<Focus> FindFocuses(string word);

    /// <summary>The family with this code, or null.</summary>
    JobFamily? FindFamily(string code);

    /// <summary>The profiles of a focus, ordered by track and rank.</summary>
    IReadOnlyList<Profile> ProfilesOf(Focus focus);

    /// <summary>The current text at a canon address, or null when the row no longer exists.</summary>
    string? FindText(CanonRef reference);
}
