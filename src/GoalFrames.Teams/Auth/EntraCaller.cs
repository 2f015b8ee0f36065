namespace GoalFrames.Teams.Auth;

/// <summary>
/// Who a token issued by the bot's Entra tenant was issued to. Any app in the tenant can get a token whose audience is
/// the bot; only one issued to the bot itself (its own client id) speaks for the Bot Framework. The token's <c>ver</c>
/// says where that id is: <c>appid</c> in a v1.0 token (and in one without <c>ver</c>), <c>azp</c> in a v2.0 token.
/// </summary>
internal static class EntraCaller
{
    /// <summary>Null when the token was issued to <paramref name="appId"/>; else why it is refused.</summary>
    public static string? Check(IDictionary<string, object> claims, string appId)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var version = Claim(claims, "ver");
        var claim = version switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            return $"the token's version '{version}' is unknown (1.0 or 2.0 expected)";
        }

        var caller = Claim(claims, claim);
        if (string.IsNullOrEmpty(caller))
        {
            return $"the token has no '{claim}' claim, so it does not say which app it was issued to";
        }

        return string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"the token was issued to another app ('{claim}' is not this bot's app id)";
    }

    private static string? Claim(IDictionary<string, object> claims, string name) =>
        claims.TryGetValue(name, out var value) ? value as string : null;
}
