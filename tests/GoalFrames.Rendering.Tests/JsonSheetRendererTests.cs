using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Rendering.Json;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests;

public sealed class JsonSheetRendererTests
{
    [Fact]
    public void Render_SeedProfile_KeepsEveryPieceWithItsSource()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var sheet = new FrameEngine().Build(canon, canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!, [FrameKind.Smart]);

        using var json = JsonDocument.Parse(JsonSheetRenderer.Render(sheet));

        var root = json.RootElement;
        Assert.Equal("CLINIC1.CLINICAL3CD6.M5", root.GetProperty("profileId").GetString());
        var item = root.GetProperty("sections")[0].GetProperty("groups")[0].GetProperty("items")[0];
        Assert.Equal("smart/dept-head", item.GetProperty("key").GetString());
        Assert.Equal("CLINIC1.CLINICAL3CD6.M5/core_outputs/dept-head", item.GetProperty("basis").GetString());
        var specific = item.GetProperty("fields")[0].GetProperty("content").GetProperty("pieces");
        Assert.Equal(["template", "canon", "template"], specific.EnumerateArray().Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal("CLINIC1.CLINICAL3CD6.M5/core_outputs/dept-head", specific[1].GetProperty("source").GetString());
        var measurable = item.GetProperty("fields")[1].GetProperty("content").GetProperty("pieces");
        Assert.Equal(3, measurable.EnumerateArray().Count(p => p.GetProperty("kind").GetString() == "placeholder"));
    }
}
