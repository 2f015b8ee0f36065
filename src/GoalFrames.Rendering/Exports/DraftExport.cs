using GoalFrames.Engine.Drafts;

namespace GoalFrames.Rendering.Exports;

/// <summary>What exporting a draft gave; callers handle every case with <c>switch</c>.</summary>
public abstract record DraftExport
{
    private DraftExport()
    {
    }

    /// <summary>The export.</summary>
    /// <param name="Content">The exported text.</param>
    /// <param name="MediaType">Its media type, e.g. <c>text/csv; charset=utf-8</c>.</param>
    /// <param name="FileName">A file name for it, e.g. <c>goals-clinic1.clinical3cd6.m5-smart.csv</c>.</param>
    /// <param name="Drift">How the draft's saved canon rows compare with the current canon.</param>
    public sealed record Exported(string Content, string MediaType, string FileName, DriftReport Drift) : DraftExport;

    /// <summary>The canon no longer has the draft's profile, so there is no sheet to export; the draft itself is kept.</summary>
    /// <param name="Drift">The saved rows, every one reported removed.</param>
    public sealed record ProfileRemoved(DriftReport Drift) : DraftExport;
}
