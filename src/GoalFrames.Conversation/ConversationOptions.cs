namespace GoalFrames.Conversation;

/// <summary>Settings of the conversation core (<c>Conversation:*</c>).</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Conversation";

    /// <summary>
    /// How long a person waits for an answer before being told the work is still going on (Slack gives a slash command
    /// and a dialog 3 seconds). The work itself goes on and its outcome follows.
    /// </summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the work behind one request may take in all before it is abandoned and reported.</summary>
    public TimeSpan WorkTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
