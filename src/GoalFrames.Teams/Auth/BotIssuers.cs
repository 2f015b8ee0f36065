namespace GoalFrames.Teams.Auth;

/// <summary>The token issuers the bot trusts, and which metadata checks each.</summary>
internal static class BotIssuers
{
    /// <summary>The issuer of the tokens the Bot Framework channel service (Teams) sends.</summary>
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>The issuers of tokens a Microsoft Entra tenant issues (v1 and v2), for the bot's own tenant.</summary>
    public static IReadOnlyList<string> Entra(string tenantId) =>
        [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
}
