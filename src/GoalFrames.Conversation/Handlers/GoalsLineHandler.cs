using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Answers a typed <c>goals …</c> line. In the person's direct messages goals come editable, as their drafts have
/// them; elsewhere read-only and without anyone's values, except "as text", which carries the asker's values only
/// where the answer is private. Draft commands answer only where the answer is private.
/// </summary>
internal sealed class GoalsLineHandler(GoalsResponder responder, DraftEditor editor, DraftCommands drafts, ISentGoalsStore sent, IReminderStore reminders, ExportCommandHandler exports)
{
    public async Task<Outcome> HandleAsync(ConversationRequest request, string? line, CancellationToken cancellationToken)
    {
        var text = line ?? string.Empty;
        if (text.Length > ConversationWords.MaxLineLength)
        {
            return new Outcome.Reply(new Answer.Words(ConversationWords.TooLong(text.Length)));
        }

        var command = GoalsCommandParser.Parse(text);
        if (command.IsAboutDrafts)
        {
            if (request.Owner is not { } owner)
            {
                return new Outcome.Reply(new Answer.Words(ConversationWords.WhoAreYou));
            }

            if (!request.IsPrivate)
            {
                return new Outcome.Reply(new Answer.Words(ConversationWords.MineIsPrivate));
            }

            if (command is GoalsCommand.Remind remind)
            {
                return new Outcome.Reply(new Answer.Words(await ReminderWords.SetAsync(reminders, owner, remind.On, cancellationToken).ConfigureAwait(false)));
            }

            if (command is GoalsCommand.Export export)
            {
                return await exports.HandleAsync(owner, export.Format, cancellationToken).ConfigureAwait(false);
            }

            var reply = await drafts.HandleAsync(owner, command, cancellationToken).ConfigureAwait(false);
            if (command is GoalsCommand.Forget { About: { } person } && reply is DraftsReply.Forgotten forgotten)
            {
                // Everything about the person: what was sent to them goes with the drafts.
                var sends = await sent.DeleteAboutAsync(owner, person.UserId, cancellationToken).ConfigureAwait(false);
                return new Outcome.Reply(DraftWords.ForgotPerson(forgotten, person, sends, responder.Canon));
            }

            if (reply is DraftsReply.Team team)
            {
                var delivered = await sent.ListAsync(owner, cancellationToken).ConfigureAwait(false);
                return new Outcome.Reply(DraftWords.Of(team, responder.Canon, delivered, await ChecksAsync(owner, team, cancellationToken).ConfigureAwait(false)));
            }

            return new Outcome.Reply(DraftWords.Of(reply, responder.Canon, [], new Dictionary<string, CheckRollup>()));
        }

        return new Outcome.Reply(await AnswerAsync(request, command, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The completeness checks of each person's drafts on a page of <c>goals team</c>, rolled up per person.</summary>
    private async Task<Dictionary<string, CheckRollup>> ChecksAsync(DraftOwner owner, DraftsReply.Team team, CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, CheckRollup>(StringComparer.Ordinal);
        foreach (var member in team.Members)
        {
            var rollup = CheckRollup.None;
            foreach (var draft in member.Drafts)
            {
                if (await editor.OpenAsync(owner, member.Person, draft.ProfileId, draft.Framework, cancellationToken).ConfigureAwait(false) is { } opened)
                {
                    rollup += GoalChecker.Check(opened.Sheet).Rollup;
                }
            }

            checks[member.Person.UserId] = rollup;
        }

        return checks;
    }

    /// <summary>The answer to a command for this person, here (also for buttons that run a command).</summary>
    public async Task<Answer> AnswerAsync(ConversationRequest request, GoalsCommand command, CancellationToken cancellationToken)
    {
        var reply = responder.Respond(command);
        if (reply is GoalsReply.Drafts)
        {
            reply = responder.Respond(new GoalsCommand.Help());
        }

        var mode = request.Surface switch
        {
            SurfaceKind.DirectMessage => ReplyMode.Editable,
            SurfaceKind.PrivateInSharedConversation => ReplyMode.Private,
            _ => ReplyMode.Posted,
        };
        if (reply is GoalsReply.Frames frames && request.Owner is { } owner && request.IsPrivate && (mode == ReplyMode.Editable || frames.AsText)
            && await editor.ShowAsync(owner, command.About, frames.Sheet.Profile.Id, frames.Kinds, frames.AsText, cancellationToken).ConfigureAwait(false) is { } own)
        {
            return new Answer.Goals(own, mode) { Personal = true };
        }

        return new Answer.Goals(
            reply switch
            {
                GoalsReply.Frames shared => shared with { About = command.About },
                GoalsReply.ProfileOverview overview => overview with { About = command.About },
                GoalsReply.FocusLevels levels => levels with { About = command.About },
                _ => reply,
            },
            mode);
    }
}
