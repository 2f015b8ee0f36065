using System.Text;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Exports;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>The core's export files, made by the renderers against the canon being served.</summary>
/// <param name="responder">The canon being served.</param>
/// <param name="engine">The frame engine.</param>
public sealed class RenderedGoalsFiles(GoalsResponder responder, FrameEngine engine) : IGoalsFiles
{
    private readonly TeamExporter _exporter = new(engine);

    /// <inheritdoc />
    public IReadOnlyList<string> Formats => TeamExportFormats.Names;

    /// <inheritdoc />
    public bool IsFormat(string word) => TeamExportFormats.Parse(word) is not null;

    /// <inheritdoc />
    public GoalsFile Make(IReadOnlyList<Draft> drafts, string format)
    {
        var export = _exporter.Export(responder.Canon, drafts, TeamExportFormats.Parse(format) ?? throw new ArgumentException($"'{format}' is not an export format", nameof(format)));
        var summary = export.Summary;
        return new GoalsFile(export.FileName, export.MediaType, Encoding.UTF8.GetBytes(export.Content), summary.People, summary.Goals, summary.MissingEmail, summary.GoalsWithBlanks, summary.AboutNobody);
    }
}
