using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoalFrames.Teams;

/// <summary>
/// Binds <c>Teams:*</c> and refuses, while the host is being built, a configuration that cannot work: an app id without
/// the secret to get reply tokens with, or a single-tenant app without its tenant. Each refusal is one
/// <see cref="InvalidOperationException"/> whose message names the key to set.
/// </summary>
internal static class TeamsOptionsSetup
{
    public static IServiceCollection AddTeamsOptions(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TeamsOptions.Section);
        ThrowIfImpossible(section.Get<TeamsOptions>() ?? new TeamsOptions());
        services.Configure<TeamsOptions>(section);

        // One comma-separated value (Teams__AllowedChannels=msteams,webchat) does not bind to a list on its own.
        services.PostConfigure<TeamsOptions>(o => o.AllowedChannels ??= section["AllowedChannels"] is { Length: > 0 } list ? [list] : null);
        return services;
    }

    public static void ThrowIfImpossible(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsDevelopmentMode)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.AppPassword))
        {
            throw new InvalidOperationException(
                "Teams:AppId is set but Teams:AppPassword is not, so the bot could not get a token to reply with. "
                + "Set Teams:AppPassword to the app registration's client secret (or remove Teams:AppId for local development on loopback).");
        }

        if (options.AppType == TeamsAppType.SingleTenant && string.IsNullOrWhiteSpace(options.TenantId))
        {
            throw new InvalidOperationException(
                "Teams:AppId is set for a single-tenant app but Teams:TenantId is not, so neither its tokens nor its tenant's can be checked. "
                + "Set Teams:TenantId to the app registration's tenant id (or Teams:AppType to MultiTenant for a legacy multi-tenant bot).");
        }
    }
}
