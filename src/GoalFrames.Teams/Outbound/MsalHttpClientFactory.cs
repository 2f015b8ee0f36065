using Microsoft.Identity.Client;

namespace GoalFrames.Teams.Outbound;

/// <summary>Gives MSAL its HttpClient from the app's <see cref="IHttpClientFactory"/> (pooled handlers, telemetry).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "teams-msal";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
