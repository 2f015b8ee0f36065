using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Pieces;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Chat;

/// <summary>
/// Every command reply the chat surfaces render, on the sample canon. The golden tests and the external checkers
/// (tsc with @slack/types, adaptivecards in Chromium) all walk this one list.
/// </summary>
internal static class ChatReplyCases
{
    public static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    /// <summary>Values a manager saved for two SMART rows: a date picker value, words with Markdown and HTML characters.</summary>
    public static readonly GoalValues SavedValues = new(
    [
        ("smart/dept-head", "baseline", "62% of studies on time"),
        ("smart/dept-head", "target", "*90%* <on time> & _under_ budget"),
        ("smart/dept-head", "date", "2027-06-30"),
        ("smart/vendor-lead", "target", "3 CRO reviews"),
    ]);

    /// <summary>Values a manager saved for two growth entries of clinops M4 → M5.</summary>
    public static readonly GoalValues GrowthValues = new(
    [
        ("growth/dimension/scope", "target", "leads *two* <functions> & more"),
        ("growth/dimension/scope", "date", "2027-06-30"),
        ("growth/new/dept-head", "target", "runs the department budget review"),
    ]);

    /// <summary>
    /// Values for three OKR objectives that raise every completeness check: a target equal to its baseline, an unreadable
    /// date and a target with nothing countable (dept-head); all filled, measurable and inside the cycle (program-operations);
    /// a date after the cycle and a key result left blank (vendor-lead).
    /// </summary>
    public static readonly GoalValues CheckedValues = new(
    [
        ("okr/dept-head", "kr1.baseline", "62% on time"),
        ("okr/dept-head", "kr1.target", " 62% On Time "),
        ("okr/dept-head", "kr1.date", "30/06/2027"),
        ("okr/dept-head", "kr2.target", "a stronger leadership bench"),
        ("okr/dept-head", "kr2.date", "2027-09-30"),
        ("okr/program-operations", "kr1.baseline", "4 programs late"),
        ("okr/program-operations", "kr1.target", "1 program late"),
        ("okr/program-operations", "kr1.date", "2027-06-30"),
        ("okr/program-operations", "kr2.target", "2 portfolio reviews"),
        ("okr/program-operations", "kr2.date", "2027-12-31"),
        ("okr/vendor-lead", "kr1.baseline", "no reviews"),
        ("okr/vendor-lead", "kr1.target", "3 CRO reviews"),
        ("okr/vendor-lead", "kr1.date", "2028-03-31"),
    ]);

    private static readonly FrameEngine Engine = new();

    private static readonly GoalsResponder Responder = new(Canon, Engine);

    public static IReadOnlyList<ChatReplyCase> All { get; } =
    [
        new("help", "goals help"),
        new("list", "goals list"),
        new("clinops", "goals clinops"),
        new("clinops-m5", "goals clinops M5"),
        new("agile-p1", "goals agile P1"),
        new("clinops-m5-smart", "goals clinops M5 smart"),
        new("clinops-m5-okr", "goals clinops M5 okr"),
        new("clinops-m5-mbo", "goals clinops M5 mbo"),
        new("clinops-m5-scorecard", "goals clinops M5 scorecard"),
        new("clinops-m5-all", "goals clinops M5 all"),
        new("clinops-m5-smart-posted", "goals clinops M5 smart", ReplyMode.Posted),
        new("clinops-m5-smart-editable", "goals clinops M5 smart", ReplyMode.Editable, SavedValues),
        new("clinops-m5-okr-editable", "goals clinops M5 okr", ReplyMode.Editable),
        new("clinops-m5-okr-checked", "goals clinops M5 okr", ReplyMode.Editable, CheckedValues),
        new("agile-p1-smart", "goals agile P1 smart"),
        new("clinops-m5-smart-text", "goals clinops M5 smart text", Values: SavedValues),
        new("clinops-m5-all-text", "goals clinops M5 all text"),
        new("clinpos-m5", "goals clinpos M5"),
        new("trials-data-m3", "goals trials-data M3"),
        new("clinops-m9", "goals clinops M9"),
        new("unknown-profile-id", "goals CLINIC1.CLINICAL3CD7.M5 okr"),
        new("invalid", "goals clinops M5 smarts"),
        new("clinops-m5-smart-superseded", "goals clinops M5 smart", ReplyMode.Editable, SavedValues, Superseded: true),
        new("clinops-m5-smart-superseded-text", "goals clinops M5 smart text", Values: SavedValues, Superseded: true),
        new("clinops-m4-m5-growth", "goals clinops M4..M5"),
        new("clinops-m4-m5-growth-posted", "goals clinops M4..M5", ReplyMode.Posted),
        new("clinops-m4-m5-growth-editable", "goals clinops M4..M5", ReplyMode.Editable, GrowthValues),
        new("clinops-m4-m5-growth-text", "goals clinops M4..M5 text", Values: GrowthValues),
        new("agile-s2-p1-growth", "goals agile S2..P1"),
        new("agile-s4-s5-growth", "goals agile S4 growth"),
        new("clinops-e1-e2-growth", "goals clinops E1..E2"),
        new("clinops-m4-m4-growth", "goals clinops M4..M4"),
        new("clinops-m5-smart-about-editable", "goals clinops M5 smart", ReplyMode.Editable, SavedValues, AboutAPerson: true),
        new("clinops-m5-smart-received", "goals clinops M5 smart", ReplyMode.Received, SavedValues, AboutAPerson: true),
    ];

    /// <summary>The report the "about a person" cases are about, and what their manager sent them.</summary>
    public static readonly DraftSubject Report = new("U0101", "Ana Lopez");

    private static readonly SentGoals SentToReport = new(
        Guid.Parse("6f1c2a4e-0000-4000-8000-000000000001"), new DraftOwner("slack", "T1", "U1"), Report, "CLINIC1.CLINICAL3CD6.M5", "Alex Kim", [], 1,
        new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), null);

    public static TheoryData<string> Names() => [.. All.Select(c => c.Name)];

    public static ChatReplyCase Named(string name) => All.Single(c => c.Name == name);

    public static GoalsReply Reply(ChatReplyCase replyCase) => replyCase switch
    {
        { Superseded: true } => SupersededReply((GoalsReply.Frames)Responder.Respond(replyCase.Command, replyCase.Values)),
        { AboutAPerson: true, Mode: ReplyMode.Received } => (GoalsReply.Frames)Responder.Respond(replyCase.Command, replyCase.Values) with
        {
            About = Report,
            Sent = SentToReport,
            Notice = new ReplyNotice(
                "Alex Kim sent you goals for Clinical Trials Operations M5 on 2026-12-01 09:30 UTC. Acknowledge them, or ask a question.",
                [
                    new ReplyNotice.Button("Acknowledge", new GoalsAction.Acknowledge(SentToReport.ProfileId, SentToReport.Id, 1)),
                    new ReplyNotice.Button("Ask a question", new GoalsAction.AskQuestion(SentToReport.ProfileId, SentToReport.Id, 1, string.Empty)),
                ])
            {
                Input = new ReplyNotice.NoticeInput(ActionNames.QuestionInput, "A question for Alex Kim"),
            },
        },
        { AboutAPerson: true } => (GoalsReply.Frames)Responder.Respond(replyCase.Command, replyCase.Values) with { About = Report, Sent = SentToReport },
        _ => Responder.Respond(replyCase.Command, replyCase.Values),
    };

    /// <summary>
    /// The reply as a manager's draft shows it when the draft was saved with an older wording of <c>dept-head</c> and a
    /// row (with a value) that HR has since removed.
    /// </summary>
    private static GoalsReply.Frames SupersededReply(GoalsReply.Frames current)
    {
        var kind = current.Kinds.Single();
        var values = current.Sheet.Sections.SelectMany(s => s.Items).SelectMany(i => i.Fields.SelectMany(f => f.Content.Pieces).OfType<UserValuePiece>().Select(v => new DraftValue(i.Key, v.Slot, v.Value)));
        var content = DraftContent.FromSheet(current.Sheet, kind, values)!;
        var removed = new DraftRow($"{kind.Keyword()}/site-audits", new CanonRef(CanonField.CoreOutput, current.Sheet.Profile.Id, "site-audits"), "Runs the yearly site audits", ["baseline", "target", "date"]);
        var saved = content with
        {
            CanonVersion = "2026.10",
            CanonFingerprint = "0123456789abcdef",
            Rows = [.. content.Rows.Select(r => r.ItemKey.EndsWith("/dept-head", StringComparison.Ordinal) ? r with { Text = "Heads the clinical operations department" } : r), removed],
            Values = [.. content.Values, new DraftValue(removed.ItemKey, "target", "12 audits <yearly> & *on time*")],
        };
        var draft = new Draft(Guid.Empty, new DraftOwner("test", "workspace", "manager"), saved, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var drift = DraftDrift.Check(draft, Canon);
        var sheet = Engine.Build(Canon, DraftDrift.AsSaved(current.Sheet.Profile, drift), [kind], draft.Content.ToGoalValues());
        return new GoalsReply.Frames(sheet, current.Kinds, current.AsText) { Drift = [drift] };
    }

    /// <summary>The dialog that edits the scope entry of clinops M4 → M5 growth, with its saved values.</summary>
    public static ModalView GrowthEditModal()
    {
        var frames = (GoalsReply.Frames)Reply(Named("clinops-m4-m5-growth-editable"));
        return BlockKitRenderer.RenderEditModal(frames.Sheet, new GoalsAction.EditGoal(frames.Sheet.Profile.Id, FrameKind.Growth, "growth/dimension/scope"));
    }

    /// <summary>The dialog that edits the first SMART row of clinops M5, with its saved values.</summary>
    public static ModalView EditModal()
    {
        var frames = (GoalsReply.Frames)Reply(Named("clinops-m5-smart-editable"));
        return BlockKitRenderer.RenderEditModal(frames.Sheet, new GoalsAction.EditGoal(frames.Sheet.Profile.Id, FrameKind.Smart, "smart/dept-head"));
    }
}
