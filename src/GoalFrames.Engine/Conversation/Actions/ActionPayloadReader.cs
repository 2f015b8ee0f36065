using System.Text.Json;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>Checks a payload field by field and builds the action, or says what is wrong.</summary>
internal static class ActionPayloadReader
{
    private const int MaxLineLength = 500;
    private const int MaxIdLength = 255;

    public static ActionReadResult Read(ActionPayload? payload)
    {
        if (payload is null)
        {
            return Reject("not a GoalFrames action: there is no data");
        }

        if (payload.Version == 0)
        {
            return Reject("not a GoalFrames action: the data has no version field 'v'");
        }

        if (payload.Version != ActionPayload.CurrentVersion)
        {
            return Reject($"action version {payload.Version} is not supported (this GoalFrames reads version {ActionPayload.CurrentVersion}); send the command again for a fresh reply");
        }

        if (string.IsNullOrEmpty(payload.Action))
        {
            return Reject("not a GoalFrames action: the data has no 'action'");
        }

        if (payload.Action == ActionNames.Run)
        {
            return string.IsNullOrWhiteSpace(payload.Line) || payload.Line.Length > MaxLineLength
                ? Reject($"the '{ActionNames.Run}' action needs a 'line' of 1 to {MaxLineLength} characters")
                : Accept(new GoalsAction.Run(payload.Line));
        }

        if (!IsKnownProfileAction(payload.Action))
        {
            return Reject($"unknown action '{payload.Action}'");
        }

        if (string.IsNullOrEmpty(payload.Profile) || payload.Profile.Length > MaxIdLength || !(ProfileResolver.IsProfileId(payload.Profile) || GrowthPair.IsPairId(payload.Profile)))
        {
            return Reject($"the '{payload.Action}' action needs a 'profile' id such as FAMILY.FOCUS.LEVEL (or FAMILY.FOCUS.FROM..TO for growth)");
        }

        if (!TryReadFrames(payload.Frames, out var kind))
        {
            return Reject($"'frames' must be smart, okr, mbo, scorecard, growth or all, not '{payload.Frames}'");
        }

        if (payload.About is { } about && (about.Length > DraftSubject.MaxLength || string.IsNullOrWhiteSpace(about) || (payload.AboutName?.Length ?? 0) > DraftSubject.MaxLength))
        {
            return Reject($"'about' must be a user id of 1 to {DraftSubject.MaxLength} characters, with a name no longer than that");
        }

        return ReadProfileAction(payload, payload.Profile, kind) switch
        {
            ActionReadResult.Accepted accepted when payload.About is { } id => Accept(accepted.Action with { About = new DraftSubject(id, payload.AboutName ?? id) }),
            var other => other,
        };
    }

    private static ActionReadResult ReadProfileAction(ActionPayload payload, string profile, FrameKind? kind)
    {
        switch (payload.Action)
        {
            case ActionNames.SwitchFramework:
                return Accept(new GoalsAction.SwitchFramework(profile, kind));
            case ActionNames.CopyAsText:
                return Accept(new GoalsAction.CopyAsText(profile, kind));
            case ActionNames.PostToChannel:
                return Accept(new GoalsAction.PostToChannel(profile, kind));
            case ActionNames.EditInDirectMessage:
                return Accept(new GoalsAction.EditInDirectMessage(profile, kind));
            case ActionNames.Refresh:
                return Accept(new GoalsAction.Refresh(profile, kind));
            case ActionNames.EditGoal:
                return payload.Item is { Length: <= MaxIdLength } item && GoalInputs.IsItemKey(item)
                    ? Accept(new GoalsAction.EditGoal(profile, kind, item))
                    : Reject($"the '{ActionNames.EditGoal}' action needs an 'item' key such as smart/dept-head");
            case ActionNames.SendToPerson:
                return Accept(new GoalsAction.SendToPerson(profile, kind));
            case ActionNames.Acknowledge or ActionNames.AskQuestion:
                if (!Guid.TryParseExact(payload.Sent, "D", out var sent) || payload.Sends is not > 0)
                {
                    return Reject($"the '{payload.Action}' action needs the 'sent' id and 'sends' count of the goals it answers");
                }

                if (payload.Action == ActionNames.Acknowledge)
                {
                    return Accept(new GoalsAction.Acknowledge(profile, sent, payload.Sends.Value));
                }

                var question = payload.Inputs?.GetValueOrDefault(ActionNames.QuestionInput) is { ValueKind: JsonValueKind.String } typed ? typed.GetString()! : string.Empty;
                return question.Length > GoalInputs.MaxValueLength
                    ? Reject($"a question is at most {GoalInputs.MaxValueLength} characters")
                    : Accept(new GoalsAction.AskQuestion(profile, sent, payload.Sends.Value, question.Trim()));
            case ActionNames.UndoReset:
                return ReadRestore(payload.Restore, out var restore) is { } bad
                    ? Reject(bad)
                    : Accept(new GoalsAction.UndoReset(profile, kind, restore));
            case ActionNames.AcceptCanonChange:
                if (payload.Item is not { Length: <= MaxIdLength } accepted || !GoalInputs.IsItemKey(accepted)
                    || GoalInputs.FrameworkOf(accepted) is not { } framework || (kind is not null && kind != framework))
                {
                    return Reject($"the '{ActionNames.AcceptCanonChange}' action needs an 'item' key of the frameworks shown, such as smart/dept-head");
                }

                var wrong = ReadValues(payload, out var shownValues);
                var wrongState = ReadSurface(payload, out var acceptVersions, out var acceptShown);
                return (wrong ?? wrongState) is { } unreadable
                    ? Reject(unreadable)
                    : Accept(new GoalsAction.AcceptCanonChange(profile, kind, accepted) { Values = shownValues, Versions = acceptVersions!, Shown = acceptShown! });
        }

        if (string.IsNullOrEmpty(payload.Canon) || payload.Canon.Length > MaxIdLength)
        {
            return Reject($"the '{payload.Action}' action needs the 'canon' fingerprint the goals were built from");
        }

        if (payload.Action == ActionNames.Reset)
        {
            return Accept(new GoalsAction.Reset(profile, kind, payload.Canon) { Confirmed = payload.Confirmed == true });
        }

        if (ReadValues(payload, out var values) is { } problem)
        {
            return Reject(problem);
        }

        if (ReadSurface(payload, out var versions, out var fingerprints) is { } badState)
        {
            return Reject(badState);
        }

        return Accept(new GoalsAction.Save(profile, kind, payload.Canon, values) { Versions = versions!, Shown = fingerprints! });
    }

    /// <summary>The draft versions and shown-value fingerprints a surface carries; returns what is wrong, or null.</summary>
    private static string? ReadSurface(ActionPayload payload, out IReadOnlyDictionary<FrameKind, int>? versions, out IReadOnlyDictionary<string, string>? shown)
    {
        var byKind = new Dictionary<FrameKind, int>();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        versions = byKind;
        shown = fingerprints;
        foreach (var (word, version) in payload.Versions ?? [])
        {
            if (FrameKinds.Parse(word) is not { } framework || framework.Keyword() != word || version < 0)
            {
                return $"'ver' must give a version of 0 or more per framework, not '{word}': {version}";
            }

            byKind[framework] = version;
        }

        foreach (var (id, fingerprint) in payload.Shown ?? [])
        {
            if (!GoalInputs.TryParse(id, out _, out _) || fingerprint is not { Length: > 0 and <= 64 })
            {
                return $"'shown' must map input ids to fingerprints, not '{id}'";
            }

            fingerprints[id] = fingerprint;
        }

        return null;
    }

    /// <summary>The values an undo puts back; returns what is wrong, or null.</summary>
    private static string? ReadRestore(Dictionary<string, string>? restore, out IReadOnlyList<DraftValue> values)
    {
        var read = new List<DraftValue>();
        values = read;
        if (restore is null || restore.Count == 0)
        {
            return $"the '{ActionNames.UndoReset}' action needs the values to 'restore'";
        }

        foreach (var (id, value) in restore)
        {
            if (!GoalInputs.TryParse(id, out var itemKey, out var slot))
            {
                return $"'{id}' in 'restore' is not an input id such as smart/dept-head#target";
            }

            if (ReadValue(id, slot, JsonSerializer.SerializeToElement(value ?? string.Empty, ActionJsonContext.Default.String)) is { } problem)
            {
                return problem;
            }

            read.Add(new DraftValue(itemKey, slot, value ?? string.Empty));
        }

        read.Sort((a, b) => string.CompareOrdinal(GoalInputs.Id(a.ItemKey, a.Slot), GoalInputs.Id(b.ItemKey, b.Slot)));
        return null;
    }

    /// <summary>The input values merged into the data, ordered by item key and slot; returns what is wrong, or null.</summary>
    private static string? ReadValues(ActionPayload payload, out IReadOnlyList<DraftValue> values)
    {
        var read = new List<DraftValue>();
        values = read;
        foreach (var (id, element) in payload.Inputs ?? [])
        {
            if (!GoalInputs.TryParse(id, out var itemKey, out var slot))
            {
                continue;
            }

            if (ReadValue(id, slot, element) is { } problem)
            {
                return problem;
            }

            read.Add(new DraftValue(itemKey, slot, element.GetString()!));
        }

        read.Sort((a, b) => string.CompareOrdinal(GoalInputs.Id(a.ItemKey, a.Slot), GoalInputs.Id(b.ItemKey, b.Slot)));
        return null;
    }

    private static string? ReadValue(string id, string slot, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return $"the value of '{id}' must be text";
        }

        var value = element.GetString()!;
        if (value.Length > GoalInputs.MaxValueLength)
        {
            return $"the value of '{id}' is {value.Length} characters long; the limit is {GoalInputs.MaxValueLength}";
        }

        return GoalInputs.KindOf(slot) == PlaceholderKind.Date && value.Length > 0 && !GoalInputs.IsDate(value)
            ? $"the value of '{id}' must be a date written {GoalInputs.DateFormat}, not '{value}'"
            : null;
    }

    private static bool IsKnownProfileAction(string action) => action is ActionNames.SwitchFramework or ActionNames.CopyAsText
        or ActionNames.PostToChannel or ActionNames.EditInDirectMessage or ActionNames.EditGoal or ActionNames.Save
        or ActionNames.Reset or ActionNames.Refresh or ActionNames.AcceptCanonChange or ActionNames.UndoReset
        or ActionNames.SendToPerson or ActionNames.Acknowledge or ActionNames.AskQuestion;

    private static bool TryReadFrames(string? word, out FrameKind? kind)
    {
        kind = null;
        if (word == "all")
        {
            return true;
        }

        kind = word is null ? null : FrameKinds.Parse(word);
        return kind is not null && kind.Value.Keyword() == word;
    }

    private static ActionReadResult.Accepted Accept(GoalsAction action) => new(action);

    private static ActionReadResult.Rejected Reject(string reason) => new(reason);
}
