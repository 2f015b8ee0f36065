using GoalFrames.Conversation;
using System.Text.Json;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Interactivity;

namespace GoalFrames.Slack.Http;

/// <summary>
/// What Slack gets when GoalFrames fails while answering (the store is down, a bug): never a 500, but the platform's own
/// form: an ephemeral message for a slash command or a button, the modal's field error for a submission. Used by the
/// HTTP endpoints and by Socket Mode alike.
/// </summary>
internal static class SlackFailureReply
{
    public const string Text = FailureWords.CouldNotFinish;

    public static SlackMessage Message { get; } = new("ephemeral", ":warning: " + Text);

    /// <summary>For a <c>view_submission</c> with an input: the error under its first input, which keeps the dialog (and what was typed) open.</summary>
    public static ViewSubmissionErrors? ForViewSubmission(JsonElement interaction) =>
        Type(interaction) == "view_submission"
        && interaction.TryGetProperty("view", out var view) && view.ValueKind == JsonValueKind.Object
        && view.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Object
        && state.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object
        && values.EnumerateObject().Select(p => p.Name).FirstOrDefault() is { } block
            ? new ViewSubmissionErrors("errors", new Dictionary<string, string>(StringComparer.Ordinal) { [block] = Text })
            : null;

    /// <summary>For a button: the <c>response_url</c> the ephemeral message goes to, if any.</summary>
    public static Uri? ResponseUrl(JsonElement interaction) =>
        interaction.ValueKind == JsonValueKind.Object
        && interaction.TryGetProperty("response_url", out var url) && url.ValueKind == JsonValueKind.String
        && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            ? uri
            : null;

    /// <summary>The interactivity payload of a request (the <c>payload</c> form field), if it is JSON.</summary>
    public static JsonElement? Interaction(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Type(JsonElement interaction) =>
        interaction.ValueKind == JsonValueKind.Object && interaction.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
}
