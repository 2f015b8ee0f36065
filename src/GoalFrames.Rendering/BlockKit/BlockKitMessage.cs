namespace GoalFrames.Rendering.BlockKit;

/// <summary>A Slack message: blocks and the <c>text</c> fallback that notifications and screen readers use.</summary>
/// <param name="Text">The fallback text (mrkdwn, escaped); never empty.</param>
/// <param name="Blocks">The blocks, at most 50.</param>
public sealed record BlockKitMessage(string Text, IReadOnlyList<Block> Blocks);
