namespace GoalFrames.Canon;

/// <summary>What loading a canon directory gave: the canon when it is sound, and every problem found.</summary>
/// <param name="Canon">The canon, or null when any problem was found.</param>
/// <param name="Problems">Every problem, in file and line order.</param>
/// <param name="Notes">Things worth knowing that are not errors (e.g. an alias shared by several focuses).</param>
/// <param name="Warnings">Things that load but show nothing (e.g. a profile with no rows at all); not errors either.</param>
public sealed record CanonLoadResult(
    CanonSnapshot? Canon,
    IReadOnlyList<CanonProblem> Problems,
    IReadOnlyList<CanonProblem> Notes,
    IReadOnlyList<CanonProblem> Warnings)
{
    /// <summary>True when the canon loaded with no problem.</summary>
    public bool IsValid => Canon is not null && Problems.Count == 0;
}
