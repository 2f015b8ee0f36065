namespace GoalFrames.Engine.Drafts;

/// <summary>How a draft's saved canon rows compare with the current canon, row by row in draft order.</summary>
/// <param name="Draft">The draft.</param>
/// <param name="CanonVersion">The current canon's version.</param>
/// <param name="CanonFingerprint">The current canon's fingerprint.</param>
/// <param name="Rows">One entry per saved row.</param>
public sealed record DriftReport(Draft Draft, string CanonVersion, string CanonFingerprint, IReadOnlyList<RowDrift> Rows)
{
    /// <summary>True when any saved row changed or disappeared: the draft is marked superseded and offers the current text.</summary>
    public bool IsSuperseded => Rows.Any(r => r is not RowDrift.Unchanged);

    /// <summary>The rows whose canon text changed.</summary>
    public IEnumerable<RowDrift.Changed> Changed => Rows.OfType<RowDrift.Changed>();

    /// <summary>The rows the canon no longer has.</summary>
    public IEnumerable<RowDrift.Removed> Removed => Rows.OfType<RowDrift.Removed>();
}
