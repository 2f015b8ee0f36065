using GoalFrames.Engine.Conversation;

namespace GoalFrames.Conversation.Outcomes;

/// <summary>Something to show the person: goals (rendered by the surface) or words.</summary>
public abstract record Answer
{
    private Answer()
    {
    }

    /// <summary>A goals reply, and how to show it.</summary>
    /// <param name="Reply">The reply.</param>
    /// <param name="Mode">Read-only for the asker, posted for everyone, or editable.</param>
    public sealed record Goals(GoalsReply Reply, ReplyMode Mode) : Answer
    {
        /// <summary>True when the reply carries the asker's saved values (never cache or share it).</summary>
        public bool Personal { get; init; }
    }

    /// <summary>Plain words (no markup), with buttons after them when there is something to open.</summary>
    /// <param name="Text">The words.</param>
    public sealed record Words(string Text) : Answer
    {
        /// <summary>Buttons under the words, in order (each surface draws them in rows within its limits).</summary>
        public IReadOnlyList<ReplyNotice.Button> Buttons { get; init; } = [];
    }
}
