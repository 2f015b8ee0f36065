using System.Text;
using GoalFrames.Conversation.Exports;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Exports.Team;

namespace GoalFrames.Host.Exports;

/// <summary>The core's export files, made by the renderers against the canon being served.</summary>
internal sealed class RenderedGoalsFiles(GoalsResponder responder, FrameEngine engine) : IGoalsFiles
{
    private readonly TeamExporter _exporter = new(engine);

    public IReadOnlyList<string> Formats => TeamExportFormats.Names;

    public bool IsFormat(string word) => TeamExportFormats.Parse(word) is not null;

    public GoalsFile Make(IReadOnlyList<Draft> drafts, string format)
    {
        var export = _exporter.Export(responder.Canon, drafts, TeamExportFormats.Parse(format) ?? throw new ArgumentException($"'{format}' is not an export format", nameof(format)));
        var summary = export.Summary;
        return new GoalsFile(export.FileName, export.MediaType, Encoding.UTF8.GetBytes(export.Content), summary.People, summary.Goals, summary.MissingEmail, summary.GoalsWithBlanks, summary.AboutNobody);
    }
}
