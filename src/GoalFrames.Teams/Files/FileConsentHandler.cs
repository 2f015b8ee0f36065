using System.Net.Http.Headers;
using System.Text.Json;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Turns;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.Files;

/// <summary>
/// Answers a <c>fileConsent/invoke</c>. On accept, the pending file's bytes are PUT to the upload URL Teams gave (HTTPS,
/// or the conversation's own service host in development), then a file info card shows the file in the chat; on
/// decline, the person is told so. The invoke itself is answered at once; the upload follows on the turn queue.
/// </summary>
internal sealed partial class FileConsentHandler(PendingFiles pending, TurnReplier replier, TurnQueue queue, IHttpClientFactory http, ILogger<FileConsentHandler> logger)
{
    public const string HttpClientName = "teams-file-upload";

    public void Handle(Activity activity)
    {
        var value = activity.Value is { ValueKind: JsonValueKind.Object } raw ? raw.Deserialize(TeamsJsonContext.Default.FileConsentInvokeValue) : null;
        var token = value?.Context is { ValueKind: JsonValueKind.Object } context ? context.Deserialize(TeamsFilesJsonContext.Default.FileConsentContext)?.Upload : null;
        var file = pending.Take(token, activity.From?.Id);
        queue.TryEnqueue($"file consent in {activity.Conversation?.Id}", async cancellationToken =>
        {
            var reply = activity with { Id = null };
            if (file is null)
            {
                await replier.ReplyAsync(reply, [TeamsReplies.Text("That file is no longer waiting for you. Say \"goals export\" again for a new one.")], cancellationToken).ConfigureAwait(false);
                return;
            }

            if (value?.Action != "accept" || value.UploadInfo is not { UploadUrl: { } uploadUrl } info)
            {
                await replier.ReplyAsync(reply, [TeamsReplies.Text($"You declined {file.FileName}, so it was not saved. Say \"goals export\" again whenever you want it.")], cancellationToken).ConfigureAwait(false);
                return;
            }

            if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var url) || !IsAllowed(url, activity.ServiceUrl))
            {
                LogRefusedUpload(logger, uploadUrl);
                await replier.ReplyAsync(reply, [TeamsReplies.Text($"Teams gave an upload address I won't send {file.FileName} to. Say \"goals export\" again.")], cancellationToken).ConfigureAwait(false);
                return;
            }

            try
            {
                await UploadAsync(url, file.Content, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                LogUploadFailed(logger, ex, file.FileName);
                await replier.ReplyAsync(reply, [TeamsReplies.Text($"I couldn't save {file.FileName} to your OneDrive. Say \"goals export\" again to retry.")], cancellationToken).ConfigureAwait(false);
                return;
            }

            var card = JsonSerializer.SerializeToElement(new FileInfoCard(info.UniqueId, info.FileType), TeamsJsonContext.Default.FileInfoCard);
            await replier.ReplyAsync(reply, [new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment(FileInfoCard.ContentType, card) { Name = info.Name ?? file.FileName, ContentUrl = info.ContentUrl }] }], cancellationToken).ConfigureAwait(false);
        });
    }

    private async Task UploadAsync(Uri url, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ReadOnlyMemoryContent(content) };
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, content.Length - 1), content.Length);
        request.Content.Headers.ContentLength = content.Length;
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>OneDrive's upload URLs are HTTPS; a development connector (the Agents Playground, a fake) serves them from its own host.</summary>
    private static bool IsAllowed(Uri url, string? serviceUrl) =>
        url.Scheme == Uri.UriSchemeHttps
        || (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service) && string.Equals(url.GetLeftPart(UriPartial.Authority), service.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams: uploading {FileName} after consent failed")]
    private static partial void LogUploadFailed(ILogger logger, Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams: refused to upload a file to {UploadUrl}")]
    private static partial void LogRefusedUpload(ILogger logger, string uploadUrl);
}
