using GoalFrames.Canon;

namespace GoalFrames.Engine.Sheets;

/// <summary>
/// The two levels a growth frame compares for one focus, and the focus's profiles at them. Either profile may be
/// missing: level dimensions still compare, because levels are generic.
/// </summary>
/// <param name="Family">The focus's family.</param>
/// <param name="Focus">The focus.</param>
/// <param name="From">The level grown from.</param>
/// <param name="To">The level grown toward.</param>
/// <param name="FromProfile">The profile <c>FAMILY.FOCUS.From</c>, or null when the canon has none.</param>
/// <param name="ToProfile">The profile <c>FAMILY.FOCUS.To</c>, or null when the canon has none.</param>
public sealed record GrowthPair(JobFamily Family, Focus Focus, Level From, Level To, Profile? FromProfile, Profile? ToProfile)
{
    /// <summary>The separator of the two levels in a pair id and in the grammar: <c>M4..M5</c>.</summary>
    public const string Separator = "..";

    /// <summary>
    /// The pair's id, <c>FAMILY.FOCUS.From..To</c> (e.g. <c>CLINIC1.CLINICAL3CD6.M4..M5</c>). It stands where a profile id
    /// stands for the other frameworks: in buttons, and as the profile id of the owner's growth draft.
    /// </summary>
    public string Id => IdOf(Focus, From, To);

    /// <summary>The id of a pair.</summary>
    /// <param name="focus">The focus.</param>
    /// <param name="from">The level grown from.</param>
    /// <param name="to">The level grown toward.</param>
    public static string IdOf(Focus focus, Level from, Level to)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return $"{focus.Key}.{from.Code}{Separator}{to.Code}";
    }

    /// <summary>True when an id names a pair rather than one profile.</summary>
    /// <param name="id">The id.</param>
    public static bool IsPairId(string? id)
    {
        var at = id?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        return at > 0 && id![..at].Count(c => c == '.') == 2 && id.Length > at + Separator.Length && !id[(at + Separator.Length)..].Contains('.', StringComparison.Ordinal);
    }
}
