namespace GoalFrames.Teams;

/// <summary>How the bot's app registration is set up in Microsoft Entra ID.</summary>
public enum TeamsAppType
{
    /// <summary>One tenant: tokens come from <c>login.microsoftonline.com/{TenantId}</c>. The default for new bots.</summary>
    SingleTenant,

    /// <summary>Legacy multi-tenant: tokens come from <c>login.microsoftonline.com/botframework.com</c> (no new ones after July 2025).</summary>
    MultiTenant,
}
