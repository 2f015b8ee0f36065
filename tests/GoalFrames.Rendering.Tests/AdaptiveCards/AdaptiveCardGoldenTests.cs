using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.AdaptiveCards;

public sealed class AdaptiveCardGoldenTests
{
    [Theory]
    [MemberData(nameof(ChatReplyCases.Names), MemberType = typeof(ChatReplyCases))]
    public void Render_EveryCommandReply_MatchesGolden(string name)
    {
        var replyCase = ChatReplyCases.Named(name);

        var cards = AdaptiveCardRenderer.Render(ChatReplyCases.Reply(replyCase), replyCase.Mode);

        Golden.AssertMatches($"adaptivecard.{name}.json", AdaptiveCardRenderer.Serialize(cards) + "\n");
    }
}
