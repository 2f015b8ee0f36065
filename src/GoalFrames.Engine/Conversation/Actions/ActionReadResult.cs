namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>What reading a button's data gave: the action, or why it was refused.</summary>
public abstract record ActionReadResult
{
    private ActionReadResult()
    {
    }

    /// <summary>The data is a GoalFrames action this version understands.</summary>
    /// <param name="Action">The action.</param>
    public sealed record Accepted(GoalsAction Action) : ActionReadResult;

    /// <summary>The data is not an action this version understands.</summary>
    /// <param name="Reason">Why, in a sentence a person can act on.</param>
    public sealed record Rejected(string Reason) : ActionReadResult;
}
