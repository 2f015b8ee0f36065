using System.Text.Json;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.BlockKit;

namespace GoalFrames.Slack.Commands;

/// <summary>Renders replies as Block Kit (validated by the renderer against every Slack limit) for the Slack wire.</summary>
internal static class SlackBlocks
{
    /// <summary>The messages of a reply: the first answers, the rest follow up (long replies continue, never cut).</summary>
    public static IReadOnlyList<(string Text, JsonElement Blocks)> Render(GoalsReply reply, ReplyMode mode) =>
        [.. BlockKitRenderer.Render(reply, mode).Select(m => (m.Text, Blocks(m)))];

    public static JsonElement Blocks(BlockKitMessage message) =>
        JsonSerializer.SerializeToElement(message, BlockKitJsonContext.Default.BlockKitMessage).GetProperty("blocks");

    public static JsonElement View(ModalView view) => JsonSerializer.SerializeToElement(view, BlockKitJsonContext.Default.ModalView);
}
