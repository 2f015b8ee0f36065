using System.Text.Json;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>
/// Writes <see cref="GoalsAction"/>s into button data and reads them back. Reading never throws on what a client sent:
/// unknown versions, unknown actions and garbled data come back as <see cref="ActionReadResult.Rejected"/> with a reason.
/// </summary>
public static class ActionPayloads
{
    /// <summary>The payload of an action.</summary>
    /// <param name="action">The action.</param>
    public static ActionPayload Write(GoalsAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var payload = new ActionPayload { Version = ActionPayload.CurrentVersion, Action = action.Name, About = action.About?.UserId, AboutName = action.About?.Name };
        return action switch
        {
            GoalsAction.Run run => payload with { Line = run.Line },
            GoalsAction.SwitchFramework a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind) },
            GoalsAction.CopyAsText a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind) },
            GoalsAction.PostToChannel a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind) },
            GoalsAction.EditInDirectMessage a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind) },
            GoalsAction.EditGoal a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind), Item = a.ItemKey },
            GoalsAction.Save a => payload with
            {
                Profile = a.ProfileId,
                Frames = FramesWord(a.Kind),
                Canon = a.CanonFingerprint,
                Inputs = InputsOf(a.Values),
                Versions = VersionsOf(a.Versions),
                Shown = a.Shown.Count == 0 ? null : new Dictionary<string, string>(a.Shown, StringComparer.Ordinal),
            },
            GoalsAction.Reset a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind), Canon = a.CanonFingerprint, Confirmed = a.Confirmed ? true : null },
            GoalsAction.UndoReset a => payload with
            {
                Profile = a.ProfileId,
                Frames = FramesWord(a.Kind),
                Restore = a.Restore.ToDictionary(v => GoalInputs.Id(v.ItemKey, v.Slot), v => v.Value, StringComparer.Ordinal),
            },
            GoalsAction.Refresh a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind) },
            GoalsAction.AcceptCanonChange a => payload with
            {
                Profile = a.ProfileId,
                Frames = FramesWord(a.Kind),
                Item = a.ItemKey,
                Inputs = InputsOf(a.Values),
                Versions = VersionsOf(a.Versions),
                Shown = a.Shown.Count == 0 ? null : new Dictionary<string, string>(a.Shown, StringComparer.Ordinal),
            },
            GoalsAction.SendToPerson a => payload with { Profile = a.ProfileId, Frames = FramesWord(a.Kind) },
            GoalsAction.Acknowledge a => payload with { Profile = a.ProfileId, Frames = "all", Sent = a.Sent.ToString("D"), Sends = a.Sends },
            GoalsAction.AskQuestion a => payload with { Profile = a.ProfileId, Frames = "all", Sent = a.Sent.ToString("D"), Sends = a.Sends },
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    /// <summary>An action as a compact JSON string (for surfaces whose buttons carry a string).</summary>
    /// <param name="action">The action.</param>
    public static string Serialize(GoalsAction action) => JsonSerializer.Serialize(Write(action), ActionJsonContext.Default.ActionPayload);

    /// <summary>Reads a payload.</summary>
    /// <param name="payload">The payload, or null when the data had none.</param>
    public static ActionReadResult Read(ActionPayload? payload) => ActionPayloadReader.Read(payload);

    /// <summary>Reads button data that arrived as a JSON object, with any input values merged into it.</summary>
    /// <param name="data">The data.</param>
    public static ActionReadResult Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return new ActionReadResult.Rejected($"not a GoalFrames action: the data is {Describe(data.ValueKind)}, not an object");
        }

        try
        {
            return Read(data.Deserialize(ActionJsonContext.Default.ActionPayload));
        }
        catch (JsonException e)
        {
            return Garbled(e);
        }
    }

    /// <summary>Reads button data that arrived as a JSON string.</summary>
    /// <param name="json">The string.</param>
    public static ActionReadResult Parse(string? json) => Parse(json, []);

    /// <summary>Reads button data that arrived as a JSON string, adding input values the surface sent separately.</summary>
    /// <param name="json">The string.</param>
    /// <param name="inputs">Input values by input id (<see cref="GoalInputs.Id"/>); they win over values in the data.</param>
    public static ActionReadResult Parse(string? json, IEnumerable<KeyValuePair<string, string>> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (string.IsNullOrWhiteSpace(json))
        {
            return new ActionReadResult.Rejected("not a GoalFrames action: the data is empty");
        }

        ActionPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json, ActionJsonContext.Default.ActionPayload);
        }
        catch (JsonException e)
        {
            return Garbled(e);
        }

        if (payload is null)
        {
            return Read(payload);
        }

        var merged = payload.Inputs is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : new Dictionary<string, JsonElement>(payload.Inputs, StringComparer.Ordinal);
        foreach (var (id, value) in inputs)
        {
            merged[id] = JsonSerializer.SerializeToElement(value, ActionJsonContext.Default.String);
        }

        return Read(payload with { Inputs = merged });
    }

    private static Dictionary<string, int>? VersionsOf(IReadOnlyDictionary<FrameKind, int> versions) =>
        versions.Count == 0 ? null : versions.ToDictionary(v => v.Key.Keyword(), v => v.Value, StringComparer.Ordinal);

    private static string FramesWord(FrameKind? kind) => kind?.Keyword() ?? "all";

    private static Dictionary<string, JsonElement>? InputsOf(IReadOnlyList<DraftValue> values) => values.Count == 0
        ? null
        : values.ToDictionary(v => GoalInputs.Id(v.ItemKey, v.Slot), v => JsonSerializer.SerializeToElement(v.Value, ActionJsonContext.Default.String), StringComparer.Ordinal);

    private static ActionReadResult.Rejected Garbled(JsonException e) =>
        new($"not a GoalFrames action: the data is not readable JSON ({e.Message})");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };
}
