using GoalFrames.Conversation;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Greets a conversation the bot joined and keeps its reference. Teams announces an install twice (an
/// <c>installationUpdate</c> and a <c>conversationUpdate</c> adding the bot), so the greeting is sent once per conversation.
/// </summary>
internal sealed partial class WelcomeSender(GoalsResponder responder, TurnReplier replier, IConversationReferenceStore references, IDedupeStore dedupe, IInstallationData data, IOptions<TeamsOptions> options, ILogger<WelcomeSender> logger)
{
    public const string Greeting = "Hi, I'm GoalFrames: goal templates for a role and level, built only from your company's job architecture.";

    public async Task WelcomeAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ConversationReferences.Of(activity) is { } reference)
        {
            await references.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        }

        var key = $"teams:welcome:{activity.Conversation?.Id}";
        if (!await dedupe.TryMarkAsync(key, options.Value.DedupeWindow, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var examples = responder.Respond(new Engine.Commands.GoalsCommand.Help()) is GoalsReply.Help help ? help.Examples : [];
        var text = Greeting + "\n\nTry: " + string.Join(" · ", examples.Take(3)) + " — or 'goals help'.";
        await replier.ReplyAsync(activity with { Id = null }, [TeamsReplies.Text(text)], cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.Id is { } id)
        {
            await references.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        }

        // Removing the app from one's personal scope takes that person's drafts, sends and reminders with it; removing it
        // from a team or group chat leaves people's own drafts, which live in their personal chats.
        var forgotten = TeamsIdentity.SurfaceOf(activity) == SurfaceKind.DirectMessage && TeamsIdentity.RequestOf(activity).Owner is { } person
            ? await data.ForgetOwnerAsync(person, cancellationToken).ConfigureAwait(false)
            : 0;
        LogRemoved(logger, activity.Conversation?.Id, forgotten);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams: GoalFrames removed from conversation {ConversationId}; deleted {Rows} rows of that person's drafts, sent goals and reminders")]
    private static partial void LogRemoved(ILogger logger, string? conversationId, int rows);
}
