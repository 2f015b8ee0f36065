namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>The wire names of the <see cref="GoalsAction"/> cases.</summary>
public static class ActionNames
{
    /// <summary><see cref="GoalsAction.Run"/>.</summary>
    public const string Run = "run";

    /// <summary><see cref="GoalsAction.SwitchFramework"/>.</summary>
    public const string SwitchFramework = "switch-framework";

    /// <summary><see cref="GoalsAction.CopyAsText"/>.</summary>
    public const string CopyAsText = "copy-as-text";

    /// <summary><see cref="GoalsAction.PostToChannel"/>.</summary>
    public const string PostToChannel = "post-to-channel";

    /// <summary><see cref="GoalsAction.EditInDirectMessage"/>.</summary>
    public const string EditInDirectMessage = "edit-in-dm";

    /// <summary><see cref="GoalsAction.EditGoal"/>.</summary>
    public const string EditGoal = "edit-goal";

    /// <summary><see cref="GoalsAction.Save"/>.</summary>
    public const string Save = "save";

    /// <summary><see cref="GoalsAction.Reset"/>.</summary>
    public const string Reset = "reset";

    /// <summary><see cref="GoalsAction.Refresh"/>.</summary>
    public const string Refresh = "refresh";

    /// <summary><see cref="GoalsAction.AcceptCanonChange"/>.</summary>
    public const string AcceptCanonChange = "accept-canon-change";

    /// <summary><see cref="GoalsAction.UndoReset"/>.</summary>
    public const string UndoReset = "undo-reset";

    /// <summary><see cref="GoalsAction.SendToPerson"/>.</summary>
    public const string SendToPerson = "send-to-person";

    /// <summary><see cref="GoalsAction.Acknowledge"/>.</summary>
    public const string Acknowledge = "acknowledge";

    /// <summary><see cref="GoalsAction.AskQuestion"/>.</summary>
    public const string AskQuestion = "ask-question";

    /// <summary>The input id of the question a person types under goals sent to them.</summary>
    public const string QuestionInput = "question";
}
