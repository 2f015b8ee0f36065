using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.Growth;

public sealed class GrowthChatTests
{
    [Fact]
    public void EditableCard_OfADraftWithItsVersion_FitsTheBudget_RefreshIncluded()
    {
        var frames = (GoalsReply.Frames)ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m4-m5-growth-editable")) with
        {
            Versions = new Dictionary<FrameKind, int> { [FrameKind.Growth] = 12 },
        };

        var cards = AdaptiveCardRenderer.Render(frames, ReplyMode.Editable, ["29:1a2b3c"]);

        Assert.DoesNotContain(AdaptiveCardRenderer.TooLong, cards);
        Assert.All(cards, c => Assert.True(AdaptiveCardRenderer.SizeOf(c) <= AdaptiveCardRenderer.PayloadBudgetBytes));
        Assert.Equal(26, cards.Sum(c => AdaptiveCardRenderer.Serialize(c).Split("\"Input.").Length - 1));
    }

    [Fact]
    public void EditDialog_OfAGrowthGoal_QuotesBothLevelsWithSources_AndOffersItsTwoBlanks()
    {
        var modal = ChatReplyCases.GrowthEditModal();

        Golden.AssertMatches("blockkit.modal.clinops-m4-m5-growth-scope.json", BlockKitRenderer.Serialize(modal) + "\n");
        var json = BlockKitRenderer.Serialize(modal);
        Assert.Contains("From: \\\"A whole function or major program area\\\"  [source: level dimension (Scope), M4]", json, StringComparison.Ordinal);
        Assert.Contains("\"block_id\": \"growth/dimension/scope#target\"", json, StringComparison.Ordinal);
        Assert.Contains("\"block_id\": \"growth/dimension/scope#date\"", json, StringComparison.Ordinal);
        Assert.Contains("\\\"profile\\\":\\\"CLINIC1.CLINICAL3CD6.M4..M5\\\",\\\"frames\\\":\\\"growth\\\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_OfAGrowthFrame_OpenEachLevelsProfile_NotAnotherFramework()
    {
        var frames = (GoalsReply.Frames)ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m4-m5-growth"));

        var json = AdaptiveCardRenderer.Serialize(AdaptiveCardRenderer.Render(frames, ReplyMode.Private));

        Assert.Contains("\"title\": \"M4 goals\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"M5 goals\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\": \"SMART\"", json, StringComparison.Ordinal);
    }
}
