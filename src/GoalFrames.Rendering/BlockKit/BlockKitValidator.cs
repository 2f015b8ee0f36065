using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// Checks a message or modal against every Block Kit limit GoalFrames knows (<see cref="BlockKitLimits"/>). The renderer
/// runs it on every payload it returns, so a payload that breaks a limit is a bug found in tests, never a Slack error.
/// </summary>
public static class BlockKitValidator
{
    /// <summary>Every broken limit of a message.</summary>
    /// <param name="message">The message.</param>
    public static IReadOnlyList<BlockKitProblem> Validate(BlockKitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var check = new BlockKitChecks();
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            check.Add("text", "the text fallback is empty; Slack needs it for notifications and screen readers");
        }
        else
        {
            check.Length("text", message.Text, BlockKitLimits.MessageText);
        }

        check.Blocks("blocks", message.Blocks, BlockKitLimits.MessageBlocks);
        return check.Problems;
    }

    /// <summary>Every broken limit of a modal.</summary>
    /// <param name="view">The modal.</param>
    public static IReadOnlyList<BlockKitProblem> Validate(ModalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var check = new BlockKitChecks();
        check.Plain("title", view.Title, BlockKitLimits.ModalLabel);
        if (view.Submit is not null)
        {
            check.Plain("submit", view.Submit, BlockKitLimits.ModalLabel);
        }
        else if (view.Blocks.Any(b => b is InputBlock))
        {
            check.Add("submit", "a modal with input blocks needs a submit label");
        }

        if (view.Close is not null)
        {
            check.Plain("close", view.Close, BlockKitLimits.ModalLabel);
        }

        check.Length("callback_id", view.CallbackId, BlockKitLimits.Id);
        check.Length("private_metadata", view.PrivateMetadata, BlockKitLimits.PrivateMetadata);
        check.Blocks("blocks", view.Blocks, BlockKitLimits.ModalBlocks);
        return check.Problems;
    }

    /// <summary>Returns the message, or throws listing every broken limit.</summary>
    /// <param name="message">The message.</param>
    public static BlockKitMessage EnsureValid(BlockKitMessage message) =>
        Validate(message) is { Count: > 0 } problems ? throw new BlockKitLimitException(problems) : message;

    /// <summary>Returns the modal, or throws listing every broken limit.</summary>
    /// <param name="view">The modal.</param>
    public static ModalView EnsureValid(ModalView view) =>
        Validate(view) is { Count: > 0 } problems ? throw new BlockKitLimitException(problems) : view;

    internal static bool IsDate(string value) => value.Length == 10 && GoalInputs.IsDate(value);
}
