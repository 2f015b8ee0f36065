namespace GoalFrames.Teams.Activities;

/// <summary>Where an activity happened: <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
internal sealed record ConversationAccount(string? Id)
{
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    public string? Name { get; init; }
}
