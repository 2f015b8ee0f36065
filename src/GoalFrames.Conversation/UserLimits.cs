namespace GoalFrames.Conversation;

/// <summary>The per-user limit (<c>Limits:PerUserPerMinute</c>, <c>Limits:PerUserBurst</c>): a burst, then a steady rate.</summary>
/// <param name="PerMinute">Sustained requests a minute per person; 0 or less turns the limit off.</param>
/// <param name="Burst">Requests a person may make at once before the rate applies.</param>
public sealed record UserLimits(int PerMinute = 30, int Burst = 10);
