namespace GoalFrames.Engine.Drafts;

/// <summary>A saved draft as the store holds it.</summary>
/// <param name="Id">The store's id for the draft; it stays the same across saves.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="Content">The profile, framework, canon rows and values.</param>
/// <param name="Version">Starts at 1 and goes up by one with every save; a save names the version it edited.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record Draft(Guid Id, DraftOwner Owner, DraftContent Content, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
