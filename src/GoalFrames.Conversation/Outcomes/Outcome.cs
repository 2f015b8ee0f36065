using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Outcomes;

/// <summary>
/// What the conversation core decided to do, in platform-neutral terms; an adapter carries it out in its platform's
/// form. Outcomes never put one person's saved values where others can see them: the core only gives personal answers
/// to private places.
/// </summary>
public abstract record Outcome
{
    private Outcome()
    {
    }

    /// <summary>The answer this outcome shows the person, for a surface that can only show one; null when it shows none.</summary>
    public Answer? Said => this switch
    {
        Reply reply => reply.Answer,
        ReplyPrivately reply => reply.Answer,
        UpdateMessage update => update.Answer,
        Pending pending => pending.Now,
        Failed failed => new Answer.Words(failed.Words),
        SendFile file => new Answer.Words(file.Words),
        Several several => several.Steps.Select(s => s.Said).LastOrDefault(a => a is not null),
        _ => null,
    };

    /// <summary>Answer a typed line where it was typed, the platform's usual way (privately where the platform can).</summary>
    /// <param name="Answer">The answer.</param>
    public sealed record Reply(Answer Answer) : Outcome;

    /// <summary>Show the answer to the person who pressed, and nobody else, as a new message; never over a shared message.</summary>
    /// <param name="Answer">The answer.</param>
    public sealed record ReplyPrivately(Answer Answer) : Outcome;

    /// <summary>Replace the message that was pressed (only ever a private one) with the answer.</summary>
    /// <param name="Answer">The answer.</param>
    public sealed record UpdateMessage(Answer Answer) : Outcome;

    /// <summary>Open a dialog to edit one goal's blanks.</summary>
    /// <param name="Opened">The framework with its saved values and version.</param>
    /// <param name="Edit">The goal to edit.</param>
    public sealed record OpenEditor(OpenedDraft Opened, GoalsAction.EditGoal Edit) : Outcome;

    /// <summary>Send the answers to the person's direct messages with the bot, one message (or card set) each.</summary>
    /// <param name="Replies">The editable replies.</param>
    public sealed record SendDirectMessage(IReadOnlyList<GoalsReply> Replies) : Outcome;

    /// <summary>Post read-only goals where everyone in the conversation sees them (the person chose to share them).</summary>
    /// <param name="Goals">The reply, built without anyone's saved values.</param>
    public sealed record PostToConversation(GoalsReply Goals) : Outcome;

    /// <summary>Keep a dialog open with these messages under its inputs (by input id).</summary>
    /// <param name="Errors">The messages.</param>
    public sealed record DialogErrors(IReadOnlyDictionary<string, string> Errors) : Outcome;

    /// <summary>
    /// GoalFrames failed this request (a store outage, say): tell the person, in the platform's form for a failure (an
    /// invoke error, the dialog's errors, a private message). Nothing they saved before is lost.
    /// </summary>
    /// <param name="Words">What to tell them.</param>
    public sealed record Failed(string Words) : Outcome;

    /// <summary>
    /// Give the person a file in their personal chat with the bot (Slack's external upload into the DM; a Teams file
    /// consent card in personal chat), after telling them <paramref name="Words"/>.
    /// </summary>
    /// <param name="FileName">The file's name, e.g. <c>goals-cultureamp.csv</c>.</param>
    /// <param name="ContentType">Its media type, e.g. <c>text/csv</c>.</param>
    /// <param name="Content">Its bytes.</param>
    /// <param name="Words">What to say about it (what is in it and what could not be).</param>
    public sealed record SendFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content, string Words) : Outcome;

    /// <summary>Several outcomes, carried out in order.</summary>
    /// <param name="Steps">The outcomes.</param>
    public sealed record Several(IReadOnlyList<Outcome> Steps) : Outcome;

    /// <summary>
    /// The work took longer than the platform waits: tell the person now, and carry out <paramref name="Later"/> when it
    /// finishes. Nothing acknowledged is lost; the work goes on.
    /// </summary>
    /// <param name="Now">What to say now.</param>
    /// <param name="Later">The outcome of the work, when it finishes.</param>
    public sealed record Pending(Answer Now, Task<Outcome> Later) : Outcome;
}
