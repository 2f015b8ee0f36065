using System.Text;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Drift;
using GoalFrames.Rendering.Markdown;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Rendering.Exports;

/// <summary>
/// Exports a filled draft: the frame engine builds the draft's framework with the manager's values in place, from the
/// canon text the draft was saved with, and a renderer lays it out. When the canon changed since, the export says so and
/// offers the current text; it never swaps text silently.
/// </summary>
public sealed class DraftExporter
{
    private readonly FrameEngine _engine;

    /// <summary>Creates an exporter.</summary>
    /// <param name="engine">The frame engine.</param>
    public DraftExporter(FrameEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    /// <summary>Exports a draft against the current canon.</summary>
    /// <param name="canon">The current canon.</param>
    /// <param name="draft">The draft.</param>
    /// <param name="format">The format.</param>
    public DraftExport Export(ICanon canon, Draft draft, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(canon);
        ArgumentNullException.ThrowIfNull(draft);
        var drift = DraftDrift.Check(draft, canon);
        var sheet = DraftSheet.Build(_engine, canon, draft, drift);
        if (sheet is null)
        {
            return new DraftExport.ProfileRemoved(drift);
        }

        var name = $"goals-{draft.Content.ProfileId.ToLowerInvariant()}-{draft.Content.Framework.Keyword()}";
        return format switch
        {
            ExportFormat.Text => new DraftExport.Exported(TextSheetRenderer.Render(sheet) + SupersededNotes.Text(drift, sheet), "text/plain; charset=utf-8", name + ".txt", drift),
            ExportFormat.Markdown => new DraftExport.Exported(MarkdownSheetRenderer.Render(sheet) + SupersededNotes.Markdown(drift, sheet), "text/markdown; charset=utf-8", name + ".md", drift),
            ExportFormat.Csv => new DraftExport.Exported(Csv(sheet, drift), "text/csv; charset=utf-8; header=present", name + ".csv", drift),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    private static string Csv(GoalSheet sheet, DriftReport drift)
    {
        var csv = new StringBuilder(CsvSheetRenderer.Render(sheet, item => SupersededNotes.ChangedNote(drift, item) ?? string.Empty));
        var kind = drift.Draft.Content.Framework;
        var framework = sheet.Section(kind)?.Heading.Text ?? kind.Keyword();
        foreach (var removed in drift.Removed)
        {
            Exports.Csv.AppendRow(csv, [framework, string.Empty, string.Empty, CsvSheetRenderer.HeadlineLabel(kind), removed.Row.Text, string.Empty, SupersededNotes.RemovedNote(drift, removed.Row)]);
        }

        return csv.ToString();
    }
}
