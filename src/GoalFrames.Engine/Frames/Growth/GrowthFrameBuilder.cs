using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.Growth.GrowthParts;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames.Growth;

/// <summary>
/// Growth goals: what changes from one level to another for one focus, in three sections (level dimensions, what is
/// new at the target level, rubrics). What the two levels share is left out and said so in the ledger.
/// </summary>
internal static class GrowthFrameBuilder
{
    public static GoalSheet Build(ICanon canon, GrowthPair pair, GoalValues values)
    {
        var omissions = new List<Omission>();
        MissingProfiles(pair, omissions);
        var groups = new[]
        {
            GrowthDimensions.Build(pair, values, omissions),
            GrowthNewRows.Build(pair, values, omissions),
            GrowthRubrics.Build(pair, values, omissions),
        }.OfType<GoalGroup>().ToList();

        var sections = new List<FrameSection>();
        if (groups.Count == 0)
        {
            omissions.Add(new Omission(
                FrameKind.Growth,
                "Growth goals",
                $"levels.{pair.From.Code}, levels.{pair.To.Code}, profiles: {pair.Focus.Key}",
                $"nothing in this canon changes from {pair.From.Code} to {pair.To.Code}"));
        }
        else
        {
            var heading = GrowthHeading.Fill(("to", LevelCode(pair.To)), ("title", LevelTitle(pair.To)));
            var intro = GrowthIntro.Fill(("from", LevelCode(pair.From)), ("to", LevelCode(pair.To)));
            sections.Add(new FrameSection(FrameKind.Growth, heading, intro, groups));
        }

        return new GoalSheet(PairProfile(pair), canon.Version, canon.Fingerprint, Title(pair), Identity(pair), Label(Promise), sections, omissions) { Growth = pair, ReviewCycle = canon.ReviewCycle };
    }

    private static void MissingProfiles(GrowthPair pair, List<Omission> omissions)
    {
        var (from, to, focus) = (pair.From.Code, pair.To.Code, pair.Focus);
        var missing = (pair.FromProfile, pair.ToProfile) switch
        {
            (null, null) => ($"New at {to} and Rubrics", $"{focus.Key}.{from}, {focus.Key}.{to}", $"no {from} or {to} profile for {focus.Name}"),
            (null, _) => ($"New at {to}", $"{focus.Key}.{from}", $"no {from} profile for {focus.Name}"),
            (_, null) => ($"New at {to} and Rubrics", $"{focus.Key}.{to}", $"no {to} profile for {focus.Name}"),
            _ => default((string, string, string)?),
        };
        if (missing is var (what, field, reason))
        {
            omissions.Add(new Omission(FrameKind.Growth, what, $"profiles: {field}", reason));
        }
    }

    private static Line Title(GrowthPair pair) => GrowthTitle.Fill(
        ("focus", FocusName(pair.Focus)),
        ("from", LevelCode(pair.From)),
        ("to", LevelCode(pair.To)));

    private static Line Identity(GrowthPair pair) => GrowthIdentity.Fill(
        ("family", FamilyName(pair.Family)),
        ("focus", FocusName(pair.Focus)),
        ("from", LevelCode(pair.From)),
        ("fromTitle", LevelTitle(pair.From)),
        ("to", LevelCode(pair.To)),
        ("toTitle", LevelTitle(pair.To)));

    /// <summary>The profile a growth sheet stands on: the pair id, the target level, no rows of its own.</summary>
    private static Profile PairProfile(GrowthPair pair)
    {
        Profile[] present = [.. new[] { pair.FromProfile, pair.ToProfile }.OfType<Profile>()];
        return new Profile(
            pair.Id,
            pair.Family,
            pair.Focus,
            pair.To,
            Title: null,
            present.Any(p => p.Status == ProfileStatus.Draft) ? ProfileStatus.Draft : ProfileStatus.Approved,
            pair.ToProfile?.Version ?? pair.FromProfile?.Version ?? 0,
            present.Any(p => p.IsSample),
            string.Join("; ", present.Select(p => p.Provenance).Distinct(StringComparer.Ordinal)),
            CoreOutputs: [],
            Responsibilities: [],
            ComplexityRubric: null,
            KnowledgeApplicationRubric: null);
    }
}
