using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.BlockKit;

namespace GoalFrames.Host.Cli;

/// <summary>The chat payload of a reply as the command line prints it: one payload as an object, several as an array.</summary>
internal static class ChatPayloads
{
    public static string Json(GoalsReply reply, OutputFormat format)
    {
        if (format == OutputFormat.AdaptiveCard)
        {
            var cards = AdaptiveCardRenderer.Render(reply);
            return cards.Count == 1 ? AdaptiveCardRenderer.Serialize(cards[0]) : AdaptiveCardRenderer.Serialize(cards);
        }

        var messages = BlockKitRenderer.Render(reply);
        return messages.Count == 1 ? BlockKitRenderer.Serialize(messages[0]) : BlockKitRenderer.Serialize(messages);
    }
}
