using System.Globalization;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Chat;

/// <summary>The chat surfaces' own words: button labels, input labels, item numbering. Never words of a goal.</summary>
internal static class ChatWords
{
    public const string Product = "GoalFrames";
    public const string LeftOut = "Left out";
    public const string LeftOutIntro = "The canon lacks the fields these would stand on, so GoalFrames leaves them out rather than invent them.";
    public const string SourcePrefix = "Source: ";
    public const string NothingLeftOut = "The canon backs every framework; nothing is left out.";

    /// <summary>A short framework name for buttons.</summary>
    public static string Framework(FrameKind? kind) => kind switch
    {
        FrameKind.Smart => "SMART",
        FrameKind.Okr => "OKRs",
        FrameKind.Mbo => "MBO",
        FrameKind.Scorecard => "Scorecard",
        FrameKind.Growth => "Growth",
        null => "All four",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The number in front of an item's headline, as the text layout writes it.</summary>
    public static string ItemPrefix(FrameKind kind, GoalItem item) => kind switch
    {
        FrameKind.Okr => $"Objective {item.Number}: ",
        FrameKind.Mbo => $"{item.Number}. Area: ",
        FrameKind.Growth when item.Field(FieldKind.To) is not null => string.Empty,
        _ => $"{item.Number}. ",
    };

    /// <summary>A labelled line as the text layout writes it, with its citation when it quotes the canon (growth From and To).</summary>
    public static string FieldLine(GoalField field) =>
        field.Label.Text + ": " + field.Content.Text + (field.Source is null ? string.Empty : "  [source: " + field.Source.Text + "]");

    /// <summary>True when each of an item's lines cites its own source (a growth dimension or rubric entry), so the item has no source line of its own.</summary>
    public static bool CitesPerLine(GoalItem item) => item.Fields.Any(f => f.Source is not null);

    /// <summary>The label of a blank's input: <c>Target</c>, <c>KR1 date</c>.</summary>
    public static string SlotLabel(string slot)
    {
        var dot = slot.LastIndexOf('.');
        var name = GoalInputs.KindOf(slot) switch
        {
            PlaceholderKind.Baseline => "baseline",
            PlaceholderKind.Target => "target",
            _ => "date",
        };
        return dot < 0 ? char.ToUpperInvariant(name[0]) + name[1..] : slot[..dot].ToUpperInvariant() + " " + name;
    }

    /// <summary>How many blanks of a sheet hold a value, e.g. <c>3 of 25 blanks filled</c>.</summary>
    public static string Completeness(GoalSheet sheet)
    {
        var slots = sheet.Sections.SelectMany(s => s.Items).SelectMany(i => i.Fields.SelectMany(f => f.Content.Pieces).Select(p => (i.Key, Piece: p))).ToList();
        var total = slots.Where(s => s.Piece is PlaceholderPiece or UserValuePiece).Select(s => (s.Key, SlotOf(s.Piece))).Distinct().Count();
        var filled = slots.Where(s => s.Piece is UserValuePiece).Select(s => (s.Key, SlotOf(s.Piece))).Distinct().Count();
        return string.Create(CultureInfo.InvariantCulture, $"{filled} of {total} blanks filled");
    }

    /// <summary>A person as a command line names them (<c>&lt;@U1|Ana&gt; </c>), or nothing for nobody.</summary>
    public static string Mention(Engine.Drafts.DraftSubject? about) => about is null ? string.Empty : $"<@{about.UserId}|{about.Name}> ";

    /// <summary>On the manager's card about a person: whether the goals were sent, and acknowledged.</summary>
    public static string SentStatus(Engine.Drafts.DraftSubject about, Engine.Drafts.SentGoals? sent) => sent switch
    {
        null => $"Not sent to {about.Name} yet.",
        { AcknowledgedAt: { } acknowledged } => $"Sent to {about.Name} {When(sent.SentAt)} \u00B7 acknowledged {When(acknowledged)}.",
        _ => $"Sent to {about.Name} {When(sent.SentAt)} \u00B7 not acknowledged yet.",
    };

    /// <summary>A time as people read it in replies: minutes, UTC.</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The heading of goals about a person: "Goals for Ana".</summary>
    public static string GoalsFor(Engine.Drafts.DraftSubject about) => $"Goals for {about.Name}";

    /// <summary>The framework a reply shows: one, or null for all of them.</summary>
    public static FrameKind? KindOf(IReadOnlyList<FrameKind> kinds) => kinds.Count == 1 ? kinds[0] : null;

    private static string SlotOf(Piece piece) => piece switch
    {
        PlaceholderPiece p => p.Slot,
        UserValuePiece v => v.Slot,
        _ => string.Empty,
    };
}
