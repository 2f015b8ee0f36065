namespace GoalFrames.Engine.Conversation;

/// <summary>Where a goals reply is shown, which decides its buttons and whether its blanks can be edited.</summary>
public enum ReplyMode
{
    /// <summary>
    /// Shown only to the person who asked (Slack ephemeral, a Teams reply to the asker): read-only, with switch framework,
    /// copy as text, post to channel and edit in DM.
    /// </summary>
    Private,

    /// <summary>Posted where everyone in the channel sees it: read-only, with copy as text and edit in DM.</summary>
    Posted,

    /// <summary>In the asker's direct messages with the bot: every blank editable, with save, reset, copy as text and switch framework.</summary>
    Editable,

    /// <summary>
    /// Goals someone else sent to the person reading them (a manager's goals for their report): read-only, with the
    /// notice's buttons only.
    /// </summary>
    Received,
}
