using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Chat;

/// <summary>Which buttons a frames reply carries in each <see cref="ReplyMode"/>; both surfaces draw the same ones.</summary>
internal static class FrameButtons
{
    /// <summary>Saves the values of the inputs shown with it (a card's inputs, or a dialog's).</summary>
    /// <remarks>It carries the draft versions and the fingerprints of the values shown, so a stale save merges, never overwrites.</remarks>
    public static ChatButton Save(GoalsReply.Frames frames) =>
        new("Save", new GoalsAction.Save(frames.Sheet.Profile.Id, ChatWords.KindOf(frames.Kinds), frames.Sheet.CanonFingerprint, [])
        {
            About = frames.About,
            Versions = frames.Versions,
            Shown = ShownValues.Of(frames.Sheet),
        }, ChatButtonStyle.Primary);

    /// <summary>Clears every saved value of the profile and framework, after a confirmation.</summary>
    public static ChatButton Reset(GoalsReply.Frames frames)
    {
        var reset = new GoalsAction.Reset(frames.Sheet.Profile.Id, ChatWords.KindOf(frames.Kinds), frames.Sheet.CanonFingerprint) { About = frames.About };
        return new("Reset", reset, ChatButtonStyle.Danger)
        {
            Confirm = ("Clear every value you saved here? The draft stays, and you can undo it right after.", reset with { Confirmed = true }),
        };
    }

    /// <summary>The buttons of a reply's notice (undo, confirm).</summary>
    public static IReadOnlyList<ChatButton> Of(ReplyNotice notice) =>
        [.. notice.Buttons.Select(b => new ChatButton(b.Title, b.Action, b.Danger ? ChatButtonStyle.Danger : ChatButtonStyle.Default))];

    /// <summary>Rows of buttons shown once, at the end of the reply.</summary>
    public static IReadOnlyList<IReadOnlyList<ChatButton>> AtEnd(GoalsReply.Frames frames, ReplyMode mode)
    {
        var id = frames.Sheet.Profile.Id;
        var kind = ChatWords.KindOf(frames.Kinds);
        var about = frames.About;
        var copy = new ChatButton("Copy as text", new GoalsAction.CopyAsText(id, kind) { About = about });
        var editInDm = new ChatButton("Edit in DM", new GoalsAction.EditInDirectMessage(id, kind) { About = about });
        var switching = frames.Sheet.Growth is { } pair ? Levels(pair, about) : Switch(id, kind, about);
        IReadOnlyList<IReadOnlyList<ChatButton>> rows = mode switch
        {
            ReplyMode.Private => [switching, [copy, new("Post to channel", new GoalsAction.PostToChannel(id, kind)), editInDm]],
            ReplyMode.Posted => [[copy, editInDm]],
            ReplyMode.Received => [],
            _ when about is not null => [switching, [copy, Send(frames, about)]],
            _ => [switching, [copy]],
        };
        return [.. rows.Where(r => r.Count > 0)];
    }

    /// <summary>Sends the saved goals to the person they are about (again: the update).</summary>
    public static ChatButton Send(GoalsReply.Frames frames, DraftSubject about) =>
        new(frames.Sent is null ? $"Send to {about.Name}" : $"Send the update to {about.Name}", new GoalsAction.SendToPerson(frames.Sheet.Profile.Id, ChatWords.KindOf(frames.Kinds)) { About = about }, ChatButtonStyle.Primary);

    /// <summary>One button per framework the sheet has rows for, and one for all of them.</summary>
    public static IReadOnlyList<ChatButton> Present(GoalSheet sheet, DraftSubject? about) =>
        [.. sheet.Sections.Select(s => (FrameKind?)s.Kind).Append(null).Select(k => new ChatButton(ChatWords.Framework(k), new GoalsAction.SwitchFramework(sheet.Profile.Id, k) { About = about }))];

    /// <summary>For a growth frame: the four frameworks of each of its two profiles that the canon has.</summary>
    public static IReadOnlyList<ChatButton> Levels(GrowthPair pair, DraftSubject? about) =>
        [.. new[] { pair.FromProfile, pair.ToProfile }.OfType<Canon.Profile>().Select(p => new ChatButton($"{p.Level.Code} goals", new GoalsAction.SwitchFramework(p.Id, null) { About = about }))];

    /// <summary>One button per framework other than the one shown, and one for all of them.</summary>
    public static IReadOnlyList<ChatButton> Switch(string profileId, FrameKind? current, DraftSubject? about) =>
        [.. FrameKinds.All.Cast<FrameKind?>().Append(null).Where(k => k != current).Select(k => new ChatButton(ChatWords.Framework(k), new GoalsAction.SwitchFramework(profileId, k) { About = about }))];
}
