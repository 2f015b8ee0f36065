namespace GoalFrames.Conversation.Platforms;

/// <summary>What became of a message the bot started.</summary>
public abstract record Delivery
{
    private Delivery()
    {
    }

    /// <summary>It was posted in the person's direct messages with the bot.</summary>
    public sealed record Delivered : Delivery;

    /// <summary>The bot cannot reach the person.</summary>
    /// <param name="Reason">Why, in words for the sender (not installed for them; another workspace or tenant; …).</param>
    public sealed record Unreachable(string Reason) : Delivery;
}
