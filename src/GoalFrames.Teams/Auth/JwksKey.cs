namespace GoalFrames.Teams.Auth;

/// <summary>One key of a JWKS: its id and the channels it is endorsed for.</summary>
internal sealed record JwksKey(string? Kid, IReadOnlyList<string>? Endorsements);
