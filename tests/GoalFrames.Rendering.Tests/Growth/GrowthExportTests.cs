using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Exports;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Rendering.Tests.Growth;

public sealed class GrowthExportTests
{
    [Fact]
    public void Export_GrowthDraft_IsTheGrowthPageWithTheManagersValues()
    {
        var values = new GoalValues([("growth/dimension/scope", "target", "leads two functions")]);
        var sheet = GrowthSheets.Build("clinops", "M4", "M5", values);
        var content = DraftContent.FromSheet(sheet, FrameKind.Growth, [new DraftValue("growth/dimension/scope", "target", "leads two functions")])!;
        var draft = new Draft(Guid.NewGuid(), new DraftOwner("slack", "T1", "U1"), content, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var export = Assert.IsType<DraftExport.Exported>(new DraftExporter(new FrameEngine()).Export(GrowthSheets.Canon, draft, ExportFormat.Text));

        Assert.Equal("CLINIC1.CLINICAL3CD6.M4..M5", content.ProfileId);
        Assert.Equal(TextSheetRenderer.Render(sheet), export.Content);
        Assert.Contains("    Goal:   Show evidence at the M5 scope bar \u2014 leads two functions by \u27E8date\u27E9\n", export.Content, StringComparison.Ordinal);
        Assert.Equal("goals-clinic1.clinical3cd6.m4..m5-growth.txt", export.FileName);
    }
}
