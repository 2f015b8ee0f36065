using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GoalFrames.Teams.Activities;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace GoalFrames.Teams.Outbound;

/// <summary>
/// The Bot Connector REST calls GoalFrames makes, relative to the conversation's service URL, with conversation and
/// activity ids URL-encoded. Retries (429 after Retry-After, 412/502/503/504 with backoff, never a POST after an
/// ambiguous failure) live in the named HttpClient's resilience pipeline; what is left becomes a <see cref="ConnectorException"/>.
/// A service URL that no accepted activity bound (<see cref="ServiceUrlBindings"/>) is never called: the call is logged
/// and refused before any request (or token) leaves.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenSource tokens, ServiceUrlBindings bindings, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "teams-connector";

    /// <summary>Posts an activity into a conversation (a new message, or a new thread in a channel).</summary>
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, "send", serviceUrl, () => (Url(serviceUrl, "v3/conversations", conversationId, "activities"), Body(activity)), cancellationToken);

    /// <summary>Replies to an activity (in a channel: in its thread).</summary>
    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, "reply", serviceUrl, () => (Url(serviceUrl, "v3/conversations", conversationId, "activities", replyToId), Body(activity)), cancellationToken);

    /// <summary>Replaces an activity the bot sent (e.g. a card after a Save, so it does not revert).</summary>
    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, "update", serviceUrl, () => (Url(serviceUrl, "v3/conversations", conversationId, "activities", activityId), Body(activity with { Id = activityId })), cancellationToken);

    /// <summary>Creates (or finds) the 1:1 conversation with a user; the app must be installed for them.</summary>
    public Task<ResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, "create conversation", serviceUrl, () => (Url(serviceUrl, "v3/conversations"), JsonContent.Create(parameters, TeamsJsonContext.Default.ConversationParameters)), cancellationToken);

    /// <summary>
    /// <c>GET /v3/conversations/{id}/members/{userId}</c>: one member of a conversation, with the email and user
    /// principal name the roster gives. A user who is not a member is a 404 <see cref="ConnectorException"/>.
    /// </summary>
    public Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, "get member", serviceUrl, () => (Url(serviceUrl, "v3/conversations", conversationId, "members", userId), null), TeamsJsonContext.Default.TeamsMember, new TeamsMember(userId), cancellationToken);

    /// <summary>The URL of a connector resource: the service URL without its trailing slash, then each id escaped.</summary>
    public static Uri Url(string serviceUrl, string path, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var url = serviceUrl.TrimEnd('/') + "/" + path;
        foreach (var segment in segments)
        {
            url += "/" + Uri.EscapeDataString(segment);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ArgumentException($"'{serviceUrl}' is not an HTTP(S) service URL", nameof(serviceUrl));
    }

    private static JsonContent Body(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Text) && activity.Attachments is { Count: > 0 })
        {
            // Teams splits such a message in two and returns no id; an update with both fails with 400.
            throw new ArgumentException("an activity carries text or attachments, never both", nameof(activity));
        }

        return JsonContent.Create(activity, TeamsJsonContext.Default.Activity);
    }

    private Task<ResourceResponse> CallAsync(HttpMethod method, string operation, string serviceUrl, Func<(Uri Url, HttpContent? Content)> build, CancellationToken cancellationToken) =>
        CallAsync(method, operation, serviceUrl, build, TeamsJsonContext.Default.ResourceResponse, new ResourceResponse(null), cancellationToken);

    private async Task<T> CallAsync<T>(HttpMethod method, string operation, string serviceUrl, Func<(Uri Url, HttpContent? Content)> build, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, T empty, CancellationToken cancellationToken)
    {
        if (!bindings.IsBound(serviceUrl))
        {
            logger.LogWarning("Teams: refused a Bot Connector {Operation} to {ServiceUrl}: no accepted activity bound that service URL, so the bot's token is not sent there", operation, serviceUrl);
            throw new ConnectorException(operation, 0, null, $"the service URL '{serviceUrl}' was not bound by an accepted activity", ConnectorFailure.Refused);
        }

        var (url, content) = build();
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException(operation, 0, null, ex.Message, ConnectorFailure.Ambiguous, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                throw new ConnectorException(operation, status, error?.Code, error?.Message, ConnectorException.Classify(status));
            }

            // 202 Accepted (a split message) and some updates come back without a body, and so without an id.
            if (response.Content.Headers.ContentLength is 0 || response.StatusCode == System.Net.HttpStatusCode.Accepted)
            {
                return empty;
            }

            try
            {
                return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false) ?? empty;
            }
            catch (JsonException)
            {
                return empty;
            }
        }
    }

    private static async Task<ConnectorErrorDetail?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ConnectorErrorResponse, cancellationToken).ConfigureAwait(false);
            return body?.Error;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
