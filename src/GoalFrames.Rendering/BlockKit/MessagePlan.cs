namespace GoalFrames.Rendering.BlockKit;

/// <summary>A reply laid out before it is packed into messages.</summary>
/// <param name="Header">The first message's opening blocks.</param>
/// <param name="Units">The body, in runs of blocks that are never split across messages.</param>
/// <param name="Footer">The last message's closing blocks (buttons).</param>
/// <param name="Text">The text fallback (mrkdwn, escaped).</param>
internal sealed record MessagePlan(IReadOnlyList<Block> Header, IReadOnlyList<IReadOnlyList<Block>> Units, IReadOnlyList<Block> Footer, string Text);
