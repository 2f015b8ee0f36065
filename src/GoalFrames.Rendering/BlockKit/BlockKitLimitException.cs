namespace GoalFrames.Rendering.BlockKit;

/// <summary>A payload breaks Block Kit limits; Slack would refuse it, so GoalFrames never sends it.</summary>
public sealed class BlockKitLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BlockKitLimitException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BlockKitLimitException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BlockKitLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for the problems found.</summary>
    /// <param name="problems">The problems.</param>
    public BlockKitLimitException(IReadOnlyList<BlockKitProblem> problems)
        : base("the Block Kit payload breaks Slack's limits:\n" + string.Join('\n', problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Every broken limit.</summary>
    public IReadOnlyList<BlockKitProblem> Problems { get; }
}
