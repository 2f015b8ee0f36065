using GoalFrames.CanonTools.Sheets;

namespace GoalFrames.CanonTools.Import;

/// <summary>What an import did.</summary>
/// <param name="Written">True when the canon was written (there were no problems).</param>
/// <param name="Problems">Every problem, each at its cell.</param>
/// <param name="Warnings">What was read but should be checked.</param>
/// <param name="Changes">The change report, one entry per profile.</param>
/// <param name="Fingerprint">The written canon's fingerprint, or null.</param>
public sealed record ImportResult(bool Written, IReadOnlyList<SheetMessage> Problems, IReadOnlyList<SheetMessage> Warnings, IReadOnlyList<ProfileChanges> Changes, string? Fingerprint);
