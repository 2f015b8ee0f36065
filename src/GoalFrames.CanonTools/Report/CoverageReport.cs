using GoalFrames.Canon;
using GoalFrames.Engine;

namespace GoalFrames.CanonTools.Report;

/// <summary>
/// The canon as HR should see it before publishing: per profile, what it holds, which frameworks it yields and which
/// the engine leaves out and why (the <see cref="FrameEngine"/>'s own omissions, never re-derived here); profiles
/// still in draft; texts repeated verbatim across levels; levels without dimensions.
/// </summary>
/// <param name="CanonName">The canon's name.</param>
/// <param name="Version">The canon's version.</param>
/// <param name="Fingerprint">The canon's fingerprint.</param>
/// <param name="Profiles">Every profile, in canon order.</param>
/// <param name="Repeated">Texts repeated verbatim across levels.</param>
/// <param name="LevelsWithoutDimensions">Level codes that define no dimension.</param>
public sealed record CoverageReport(
    string CanonName,
    string Version,
    string Fingerprint,
    IReadOnlyList<ProfileCoverage> Profiles,
    IReadOnlyList<RepeatedText> Repeated,
    IReadOnlyList<string> LevelsWithoutDimensions)
{
    /// <summary>Builds the report of a canon.</summary>
    /// <param name="canon">The canon.</param>
    public static CoverageReport Of(ICanon canon)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var engine = new FrameEngine();
        var profiles = canon.Profiles.Select(p =>
        {
            var sheet = engine.Build(canon, p, FrameKinds.All);
            return new ProfileCoverage(
                p.Id,
                p.Family.Name,
                p.Focus.Name,
                p.Level.Code,
                p.Title ?? p.Level.Title,
                p.Status == ProfileStatus.Draft,
                p.CoreOutputs.Count,
                p.Responsibilities.Count,
                [.. new[] { p.ComplexityRubric, p.KnowledgeApplicationRubric }.OfType<CanonRow>().Select(r => r.Ref.RowId)],
                p.Level.Dimensions.Count,
                [.. sheet.Sections.Select(s => s.Kind)],
                sheet.Omissions);
        }).ToList();

        var repeated = canon.Profiles
            .SelectMany(p => p.CoreOutputs.Concat(p.Responsibilities).Concat(new[] { p.ComplexityRubric, p.KnowledgeApplicationRubric }.OfType<CanonRow>()).Select(r => (Row: r, p.Level.Code)))
            .GroupBy(x => x.Row.Text, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Code).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => new RepeatedText(g.Key, [.. g.Select(x => x.Row.Ref.ToString())]))
            .ToList();

        return new CoverageReport(
            canon.Name,
            canon.Version,
            canon.Fingerprint,
            profiles,
            repeated,
            [.. canon.Levels.Where(l => l.Dimensions.Count == 0).Select(l => l.Code)]);
    }

    /// <summary>The profiles still in draft status.</summary>
    public IEnumerable<ProfileCoverage> Drafts => Profiles.Where(p => p.IsDraft);
}
