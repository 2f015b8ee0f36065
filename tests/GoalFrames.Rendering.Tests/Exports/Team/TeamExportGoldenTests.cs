using GoalFrames.Engine;
using GoalFrames.Rendering.Exports.Team;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Exports.Team;

/// <summary>Pins each export format's bytes for a sample team; GOALFRAMES_UPDATE_GOLDEN=1 rewrites them for review.</summary>
public sealed class TeamExportGoldenTests
{
    [Theory]
    [InlineData(TeamExportFormat.CultureAmp, "export.team.cultureamp.csv")]
    [InlineData(TeamExportFormat.Betterworks, "export.team.betterworks.csv")]
    [InlineData(TeamExportFormat.Json, "export.team.json")]
    [InlineData(TeamExportFormat.Csv, "export.team.csv")]
    [InlineData(TeamExportFormat.Markdown, "export.team.md")]
    public void Export_SampleTeam_MatchesGolden(TeamExportFormat format, string golden)
    {
        var export = new TeamExporter(new FrameEngine()).Export(Samples.Canon, TeamSamples.Drafts(), format);

        Golden.AssertMatches(golden, export.Content);
    }
}
