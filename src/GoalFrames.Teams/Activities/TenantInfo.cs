namespace GoalFrames.Teams.Activities;

/// <summary>A tenant: <c>{"id": "…"}</c>.</summary>
internal sealed record TenantInfo(string Id);
