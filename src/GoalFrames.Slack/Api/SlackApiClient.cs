using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GoalFrames.Slack.Api;

/// <summary>
/// The few Web API methods GoalFrames calls. Every call is a JSON POST with a bearer token; <c>ok: false</c> becomes a
/// <see cref="SlackApiException"/>. Retries (429 with Retry-After, and ambiguous failures only for idempotent methods)
/// live in the named HttpClient's resilience pipeline.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, ChannelPacer pacer)
{
    public const string HttpClientName = "slack-api";

    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("goalframes.slack.idempotent");

    public async Task<PostMessageResponse> PostMessageAsync(string token, PostMessageRequest request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(request.Channel, cancellationToken).ConfigureAwait(false);
        return await CallAsync("chat.postMessage", token, JsonContent.Create(request, SlackApiJsonContext.Default.PostMessageRequest), SlackApiJsonContext.Default.PostMessageResponse, idempotent: false, cancellationToken).ConfigureAwait(false);
    }

    public Task<PostMessageResponse> UpdateMessageAsync(string token, PostMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("chat.update", token, JsonContent.Create(request, SlackApiJsonContext.Default.PostMessageRequest), SlackApiJsonContext.Default.PostMessageResponse, idempotent: true, cancellationToken);

    public Task<ConversationsOpenResponse> OpenConversationAsync(string token, string userId, CancellationToken cancellationToken) =>
        CallAsync("conversations.open", token, JsonContent.Create(new ConversationsOpenRequest(userId), SlackApiJsonContext.Default.ConversationsOpenRequest), SlackApiJsonContext.Default.ConversationsOpenResponse, idempotent: true, cancellationToken);

    /// <summary><c>views.open</c>: shows a modal; the trigger id is single-use and valid for 3 seconds.</summary>
    public Task<ViewsOpenResponse> OpenViewAsync(string token, string triggerId, JsonElement view, CancellationToken cancellationToken) =>
        CallAsync("views.open", token, JsonContent.Create(new ViewsOpenRequest(triggerId, view), SlackApiJsonContext.Default.ViewsOpenRequest), SlackApiJsonContext.Default.ViewsOpenResponse, idempotent: false, cancellationToken);

    /// <summary>Answers through a <c>response_url</c> (replace the clicked message, or post in the channel).</summary>
    public async Task RespondAsync(Uri responseUrl, Commands.SlackMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, Commands.SlackJsonContext.Default.SlackMessage) };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", []);
        }
    }

    /// <summary><c>users.info</c>: a user's names, time zone and (with <c>users:read.email</c>) email.</summary>
    public Task<UsersInfoResponse> UserInfoAsync(string token, string userId, CancellationToken cancellationToken) =>
        CallAsync("users.info", token, new FormUrlEncodedContent([new("user", userId)]), SlackApiJsonContext.Default.UsersInfoResponse, idempotent: true, cancellationToken);

    /// <summary>
    /// Shares a file in a channel the external way: <c>files.getUploadURLExternal</c>, the bytes POSTed to the upload
    /// URL it gives (which must be Slack's, or the configured API host in tests), then <c>files.completeUploadExternal</c>.
    /// </summary>
    public async Task<FileCompleteResponse> UploadFileAsync(string token, string channelId, string fileName, ReadOnlyMemory<byte> content, Func<Uri, bool> isAllowed, CancellationToken cancellationToken)
    {
        var url = await CallAsync("files.getUploadURLExternal", token, new FormUrlEncodedContent([new("filename", fileName), new("length", content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]), SlackApiJsonContext.Default.FileUploadUrlResponse, idempotent: true, cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(url.UploadUrl, UriKind.Absolute, out var uploadUrl) || !isAllowed(uploadUrl) || string.IsNullOrEmpty(url.FileId))
        {
            throw new SlackApiException("files.getUploadURLExternal", "invalid_upload_url", []);
        }

        using (var upload = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ReadOnlyMemoryContent(content) })
        {
            upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            upload.Options.Set(Idempotent, true);
            using var response = await http.SendAsync(upload, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException("upload_url", $"http_{(int)response.StatusCode}", []);
            }
        }

        var files = JsonSerializer.Serialize<IReadOnlyList<SlackFileRef>>([new SlackFileRef(url.FileId, fileName)], SlackApiJsonContext.Default.IReadOnlyListSlackFileRef);
        return await CallAsync("files.completeUploadExternal", token, new FormUrlEncodedContent([new("files", files), new("channel_id", channelId)]), SlackApiJsonContext.Default.FileCompleteResponse, idempotent: false, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConnectionsOpenResponse> OpenSocketConnectionAsync(string appToken, CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", appToken, null, SlackApiJsonContext.Default.ConnectionsOpenResponse, idempotent: true, cancellationToken);

    /// <summary><c>oauth.v2.access</c>: exchanges an install's code for its bot token (client id and secret as Basic auth).</summary>
    public Task<Installs.OAuthAccessResponse> OAuthAccessAsync(string clientId, string clientSecret, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var form = new FormUrlEncodedContent([new("code", code), new("redirect_uri", redirectUri.ToString())]);
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        return CallAsync("oauth.v2.access", basic, form, Installs.SlackInstallsJsonContext.Default.OAuthAccessResponse, idempotent: false, cancellationToken);
    }

    private Task<T> CallAsync<T>(string method, string token, HttpContent? content, JsonTypeInfo<T> type, bool idempotent, CancellationToken cancellationToken)
        where T : SlackApiResponse =>
        CallAsync(method, new AuthenticationHeaderValue("Bearer", token), content, type, idempotent, cancellationToken);

    private async Task<T> CallAsync<T>(string method, AuthenticationHeaderValue authorization, HttpContent? content, JsonTypeInfo<T> type, bool idempotent, CancellationToken cancellationToken)
        where T : SlackApiResponse
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(method, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = authorization;
        request.Options.Set(Idempotent, idempotent);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}", []);
        }

        T? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new SlackApiException(method, "invalid_response", [ex.Message]);
        }

        if (answer is null || !answer.Ok)
        {
            throw new SlackApiException(method, answer?.Error ?? "invalid_response", answer?.Metadata?.Messages ?? []);
        }

        return answer;
    }
}
