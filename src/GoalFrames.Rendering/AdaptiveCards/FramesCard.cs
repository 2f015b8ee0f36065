using GoalFrames.Engine;
using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;
using GoalFrames.Rendering.Drift;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>One or more frameworks of a profile, read-only or with an input for every blank.</summary>
internal static class FramesCard
{
    public static CardPlan Plan(GoalsReply.Frames frames, ReplyMode mode, IReadOnlyList<string>? refreshUserIds)
    {
        var sheet = frames.Sheet;
        var editable = mode == ReplyMode.Editable;
        var checks = editable ? GoalChecker.Check(sheet) : null;
        var kind = ChatWords.KindOf(frames.Kinds);
        var units = new List<CardElement> { CardText.Line(sheet.Promise, size: TextSize.Small, subtle: true) };
        if (mode is ReplyMode.Private or ReplyMode.Editable && frames.About is { } about)
        {
            units.Add(CardText.Plain(ChatWords.GoalsFor(about), TextSize.Medium, TextWeight.Bolder));
            if (editable)
            {
                units.Add(CardText.Plain(ChatWords.SentStatus(about, frames.Sent), TextSize.Small, subtle: true) with { Spacing = Spacing.None });
            }
        }

        if (editable)
        {
            units.Add(CardText.Words(ChatWords.Completeness(sheet), TextSize.Small, TextWeight.Bolder));
            units.Add(CheckCardParts.Summary(checks!));
        }

        if (frames.Notice is { } said)
        {
            CardElement[] input = said.Input is { } asked ? [new InputText { Id = asked.Id, Label = asked.Label, IsMultiline = true, MaxLength = GoalInputs.MaxValueLength }] : [];
            units.Add(new Container([CardText.Plain(said.Text, weight: TextWeight.Bolder), .. input, .. CardButtons.Rows(FrameButtons.Of(said))]) { Style = ContainerStyle.Emphasis });
        }

        if (DriftCardParts.Notice(frames.Drift) is { } notice)
        {
            units.Add(notice);
        }

        foreach (var section in sheet.Sections)
        {
            var headings = new List<CardElement>(SheetCardParts.SectionHeading(section));
            foreach (var group in section.Groups)
            {
                if (group.Heading is not null)
                {
                    headings.Add(CardText.Line(group.Heading, weight: TextWeight.Bolder) with { Spacing = Spacing.Medium });
                }

                foreach (var item in group.Items)
                {
                    var drift = DriftNotes.ChangeOf(frames.Drift, item) is { } change ? DriftCardParts.Changed(change.Report, change.Change, editable, kind) : [];
                    units.Add(GoalItemCard.Of(section.Kind, item, checks?.For(item.Key), headings, drift));
                    headings = [];
                }
            }
        }

        if (DriftCardParts.Removed(frames.Drift, editable, kind) is { } removed)
        {
            units.Add(removed);
        }

        if (SheetCardParts.Ledger(sheet) is { } ledger)
        {
            units.Add(ledger);
        }

        return new CardPlan(SheetCardParts.Header(sheet), units, SheetCardParts.FallbackText(sheet, kind?.Keyword() ?? "all"))
        {
            EveryCardFooter = editable ? [.. CardButtons.Rows([FrameButtons.Save(frames), FrameButtons.Reset(frames)])] : [],
            LastCardFooter = [.. FrameButtons.AtEnd(frames, mode).SelectMany(CardButtons.Rows)],
            Refresh = editable ? new CardRefresh(((ExecuteAction)CardButtons.Of(new ChatButton("Refresh", new GoalsAction.Refresh(sheet.Profile.Id, kind) { About = frames.About }))) with { Fallback = null }) { UserIds = refreshUserIds } : null,
        };
    }
}
