using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.BlockKit;

public sealed class BlockKitGoldenTests
{
    [Theory]
    [MemberData(nameof(ChatReplyCases.Names), MemberType = typeof(ChatReplyCases))]
    public void Render_EveryCommandReply_MatchesGolden(string name)
    {
        var replyCase = ChatReplyCases.Named(name);

        var messages = BlockKitRenderer.Render(ChatReplyCases.Reply(replyCase), replyCase.Mode);

        Golden.AssertMatches($"blockkit.{name}.json", BlockKitRenderer.Serialize(messages) + "\n");
    }

    [Fact]
    public void RenderEditModal_SavedSmartRow_MatchesGolden()
    {
        var modal = ChatReplyCases.EditModal();

        Golden.AssertMatches("blockkit.modal.clinops-m5-smart-dept-head.json", BlockKitRenderer.Serialize(modal) + "\n");
    }
}
