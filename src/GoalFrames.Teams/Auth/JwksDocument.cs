namespace GoalFrames.Teams.Auth;

/// <summary>A JWKS as far as endorsements go: <c>{"keys":[{"kid":"…","endorsements":["msteams",…]}]}</c>.</summary>
internal sealed record JwksDocument(IReadOnlyList<JwksKey>? Keys);
