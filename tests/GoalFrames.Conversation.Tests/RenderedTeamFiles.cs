using System.Text;
using GoalFrames.Conversation.Exports;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Exports.Team;

namespace GoalFrames.Conversation.Tests;

/// <summary>The renderers' files, as the host provides them.</summary>
internal sealed class RenderedTeamFiles(GoalFrames.Engine.Conversation.GoalsResponder responder) : IGoalsFiles
{
    public IReadOnlyList<string> Formats => TeamExportFormats.Names;

    public bool IsFormat(string word) => TeamExportFormats.Parse(word) is not null;

    public GoalsFile Make(IReadOnlyList<Draft> drafts, string format)
    {
        var export = new TeamExporter(new FrameEngine()).Export(responder.Canon, drafts, TeamExportFormats.Parse(format)!.Value);
        var s = export.Summary;
        return new GoalsFile(export.FileName, export.MediaType, Encoding.UTF8.GetBytes(export.Content), s.People, s.Goals, s.MissingEmail, s.GoalsWithBlanks, s.AboutNobody);
    }
}
