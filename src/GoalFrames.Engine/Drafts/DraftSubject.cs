namespace GoalFrames.Engine.Drafts;

/// <summary>
/// The person a draft is about: a manager's report, as the chat platform names them. A manager owns the draft; the
/// subject only says whose goals they are, so one manager can hold drafts of the same profile for many people. Drafts
/// about nobody (from before drafts had subjects, or typed without a mention) have no subject.
/// </summary>
/// <param name="UserId">The person's id on the owner's platform (a Slack user id, a Teams user id); drafts are keyed by it.</param>
/// <param name="Name">The name to show, as the platform gave it when the draft was last saved.</param>
public sealed record DraftSubject(string UserId, string Name)
{
    /// <summary>The longest user id or name kept; longer ones are not a platform's.</summary>
    public const int MaxLength = 255;

    /// <summary>The user id; never blank.</summary>
    public string UserId { get; } = Require(UserId, nameof(UserId));

    /// <summary>The name; the user id when the platform gave none.</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? UserId : Name.Trim();

    /// <summary>The person's email, where the platform gives it (for exports to the HR system); null otherwise.</summary>
    public string? Email { get; init; }

    /// <summary>True when both name the same person (names and emails may have changed since).</summary>
    /// <param name="other">The other subject, or null for "about nobody".</param>
    public bool IsSamePerson(DraftSubject? other) => other is not null && string.Equals(UserId, other.UserId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({UserId})";

    private static string Require(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Length > MaxLength ? throw new ArgumentException($"longer than {MaxLength} characters", name) : value;
    }
}
