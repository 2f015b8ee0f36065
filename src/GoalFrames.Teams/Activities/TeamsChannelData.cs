namespace GoalFrames.Teams.Activities;

/// <summary>The Teams channel data GoalFrames writes: the tenant.</summary>
internal sealed record TeamsChannelData(TenantInfo Tenant);
