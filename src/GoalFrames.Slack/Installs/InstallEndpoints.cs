using GoalFrames.Conversation.Platforms;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GoalFrames.Slack.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Installs;

/// <summary>
/// "Add to Slack" for many workspaces: <c>GET /slack/install</c> sends the installer to Slack with a one-time
/// <c>state</c> also kept in a short-lived cookie; <c>GET /slack/oauth/callback</c> checks that the two match,
/// exchanges the code for the bot token and stores the installation (the store encrypts the token).
/// </summary>
internal sealed class InstallEndpoints(IOptions<SlackOptions> options, SlackApiClient api, IInstallationStore installations, TimeProvider time)
{
    public const string StateCookie = "gf_slack_oauth_state";
    public const string Scopes = "commands,chat:write,im:write,im:history,app_mentions:read,users:read,users:read.email,files:write";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public IResult Install(HttpContext context)
    {
        var slack = options.Value;
        if (string.IsNullOrEmpty(slack.ClientId) || string.IsNullOrEmpty(slack.ClientSecret))
        {
            return Page(StatusCodes.Status404NotFound, "Install links are off", string.IsNullOrEmpty(slack.BotToken)
                ? "This GoalFrames server has no Slack app configured yet. For one workspace, set Slack:SigningSecret and Slack:BotToken; to install into many, set Slack:SigningSecret, Slack:ClientId, Slack:ClientSecret and Storage:TokenEncryptionKey (see docs/slack.md)."
                : "This GoalFrames server is set up for one workspace (Slack:BotToken). Set Slack:ClientId and Slack:ClientSecret to install it into others.");
        }

        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        context.Response.Cookies.Append(StateCookie, state, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = StateLifetime,
            Path = "/slack/oauth",
        });
        var query = $"?client_id={Uri.EscapeDataString(slack.ClientId)}&scope={Uri.EscapeDataString(Scopes)}&state={state}&redirect_uri={Uri.EscapeDataString(RedirectUri(context).ToString())}";
        return Results.Redirect(slack.OAuthAuthorizeUrl + query);
    }

    public async Task<IResult> CallbackAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var slack = options.Value;
        if (string.IsNullOrEmpty(slack.ClientId) || string.IsNullOrEmpty(slack.ClientSecret))
        {
            return Page(StatusCodes.Status404NotFound, "Install links are off", "This server is not set up for OAuth installs.");
        }

        var query = context.Request.Query;
        var expected = context.Request.Cookies[StateCookie];
        context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/slack/oauth" });
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(query["state"].ToString())))
        {
            return Page(StatusCodes.Status400BadRequest, "This install link has expired", "The link was used already, is older than ten minutes, or was opened in another browser. Start again from the install page.");
        }

        if (!string.IsNullOrEmpty(query["error"]))
        {
            return Page(StatusCodes.Status200OK, "Install cancelled", $"Slack said: {query["error"]}. Nothing was installed.");
        }

        var code = query["code"].ToString();
        if (string.IsNullOrEmpty(code))
        {
            return Page(StatusCodes.Status400BadRequest, "Slack sent no code", "Start again from the install page.");
        }

        OAuthAccessResponse access;
        try
        {
            access = await api.OAuthAccessAsync(slack.ClientId, slack.ClientSecret, code, RedirectUri(context), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            return Page(StatusCodes.Status502BadGateway, "Slack refused the install", $"Slack said: {ex.Error}. Start again from the install page.");
        }

        if (access.WorkspaceId is not { } workspace || string.IsNullOrEmpty(access.AccessToken))
        {
            return Page(StatusCodes.Status502BadGateway, "Slack's answer was incomplete", "It named no workspace or no bot token. Nothing was installed.");
        }

        await installations.SaveAsync(new Installation(workspace, access.AccessToken, access.BotUserId ?? string.Empty, access.AppId ?? string.Empty, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var name = access.IsEnterpriseInstall ? access.Enterprise?.Name : access.Team?.Name;
        return Page(StatusCodes.Status200OK, "GoalFrames is installed", $"GoalFrames is installed in {name ?? workspace}. Type /goals in any channel to start.");
    }

    private Uri RedirectUri(HttpContext context)
    {
        var origin = options.Value.PublicUrl?.GetLeftPart(UriPartial.Authority) ?? $"{context.Request.Scheme}://{context.Request.Host}";
        return new Uri(origin + "/slack/oauth/callback");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IResult Page(int status, string title, string message)
    {
        var html = HtmlEncoder.Default;
        return Results.Content(
            $"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{html.Encode(title)}</title><body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\"><h1>{html.Encode(title)}</h1><p>{html.Encode(message)}</p></body></html>",
            "text/html; charset=utf-8",
            statusCode: status);
    }
}
