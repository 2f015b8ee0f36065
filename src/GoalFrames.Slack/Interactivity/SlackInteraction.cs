using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Interactivity;

/// <summary>The <c>payload</c> of an interactivity request: <c>block_actions</c> (a button) or <c>view_submission</c> (a modal).</summary>
internal sealed record SlackInteraction(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("user")] SlackUserRef? User,
    [property: JsonPropertyName("team")] SlackTeamRef? Team,
    [property: JsonPropertyName("channel")] SlackTeamRef? Channel,
    [property: JsonPropertyName("container")] SlackContainer? Container,
    [property: JsonPropertyName("response_url")] Uri? ResponseUrl,
    [property: JsonPropertyName("trigger_id")] string? TriggerId,
    [property: JsonPropertyName("actions")] IReadOnlyList<SlackAction>? Actions,
    [property: JsonPropertyName("view")] SlackView? View)
{
    /// <summary>For a button on a message with inputs: what was typed into them (block id → action id → value).</summary>
    [JsonPropertyName("state")]
    public SlackViewState? State { get; init; }
}

/// <summary>Who clicked.</summary>
internal sealed record SlackUserRef([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("team_id")] string? TeamId)
{
    /// <summary>The person's name (Slack's <c>name</c>; <c>username</c> in some payloads).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The person's user name, where Slack sends it instead of <c>name</c>.</summary>
    [JsonPropertyName("username")]
    public string? UserName { get; init; }
}

/// <summary>A team or channel by id.</summary>
internal sealed record SlackTeamRef([property: JsonPropertyName("id")] string? Id);

/// <summary>Where the clicked message is.</summary>
internal sealed record SlackContainer(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("message_ts")] string? MessageTs,
    [property: JsonPropertyName("channel_id")] string? ChannelId,
    [property: JsonPropertyName("is_ephemeral")] bool IsEphemeral);

/// <summary>One clicked element.</summary>
internal sealed record SlackAction(
    [property: JsonPropertyName("action_id")] string? ActionId,
    [property: JsonPropertyName("block_id")] string? BlockId,
    [property: JsonPropertyName("value")] string? Value);

/// <summary>A submitted modal.</summary>
internal sealed record SlackView(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("callback_id")] string? CallbackId,
    [property: JsonPropertyName("private_metadata")] string? PrivateMetadata,
    [property: JsonPropertyName("state")] SlackViewState? State);

/// <summary>The modal's inputs: block id → action id → value.</summary>
internal sealed record SlackViewState(
    [property: JsonPropertyName("values")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackInputValue>>? Values);

/// <summary>One input's value: text (<c>value</c>) or a datepicker (<c>selected_date</c>).</summary>
internal sealed record SlackInputValue(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("selected_date")] string? SelectedDate);
