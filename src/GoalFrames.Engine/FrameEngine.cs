using System.Diagnostics.Metrics;
using GoalFrames.Canon;
using GoalFrames.Engine.Frames;
using GoalFrames.Engine.Frames.Growth;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine;

/// <summary>Builds goal sheets from canon profiles. Stateless and thread-safe; it knows nothing of chat platforms.</summary>
public sealed class FrameEngine
{
    /// <summary>The meter the engine reports on: <c>goalframes.frames.rendered</c>, by framework.</summary>
    public const string MeterName = "GoalFrames.Engine";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> FramesRendered = Meter.CreateCounter<long>("goalframes.frames.rendered", unit: "{frame}", description: "Framework sections built, by framework");

    /// <summary>Builds the sheet of a profile for the frameworks asked for.</summary>
    /// <param name="canon">The canon the profile comes from.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="kinds">The frameworks; the sheet keeps framework order whatever the order asked.</param>
    /// <param name="values">The manager's values, or null for bare templates.</param>
    /// <returns>The sheet, with every omission and its reason.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "The engine is a DI service that adapters hold; keeping Build on the instance leaves room for per-engine options.")]
    public GoalSheet Build(ICanon canon, Profile profile, IReadOnlyCollection<FrameKind> kinds, GoalValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(canon);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(kinds);
        values ??= GoalValues.Empty;
        var omissions = new List<Omission>();
        var sections = new List<FrameSection>();
        foreach (var kind in FrameKinds.All.Where(kinds.Contains))
        {
            var section = kind switch
            {
                FrameKind.Smart => SmartFrameBuilder.Build(profile, values, omissions),
                FrameKind.Okr => OkrFrameBuilder.Build(profile, values, omissions),
                FrameKind.Mbo => MboFrameBuilder.Build(profile, values, omissions),
                FrameKind.Scorecard => ScorecardFrameBuilder.Build(profile, values, omissions),
                _ => throw new ArgumentOutOfRangeException(nameof(kinds), kind, null),
            };
            if (section is not null)
            {
                sections.Add(section);
                FramesRendered.Add(1, new KeyValuePair<string, object?>("framework", kind.Keyword()));
            }
        }

        return new GoalSheet(profile, canon.Version, canon.Fingerprint, TitleOf(profile), IdentityOf(profile), SheetParts.Label(Promise), sections, omissions) { ReviewCycle = canon.ReviewCycle };
    }

    /// <summary>Builds the growth frame of a focus: what changes from one level to another.</summary>
    /// <param name="canon">The canon.</param>
    /// <param name="focus">The focus.</param>
    /// <param name="from">The level grown from.</param>
    /// <param name="to">The level grown toward; it must differ from <paramref name="from"/>.</param>
    /// <param name="values">The manager's values, or null for bare templates.</param>
    /// <returns>A sheet with one <see cref="FrameKind.Growth"/> section (none when nothing changes) and its ledger.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "As Build: the engine is a DI service.")]
    public GoalSheet BuildGrowth(ICanon canon, Focus focus, Level from, Level to, GoalValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(canon);
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (string.Equals(from.Code, to.Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"a growth frame compares two different levels, not {from.Code} with itself", nameof(to));
        }

        var family = canon.FindFamily(focus.FamilyCode) ?? throw new ArgumentException($"the canon has no family {focus.FamilyCode}", nameof(focus));
        var pair = new GrowthPair(family, focus, from, to, canon.FindProfile($"{focus.Key}.{from.Code}"), canon.FindProfile($"{focus.Key}.{to.Code}"));
        var sheet = GrowthFrameBuilder.Build(canon, pair, values ?? GoalValues.Empty);
        if (sheet.Sections.Count > 0)
        {
            FramesRendered.Add(1, new KeyValuePair<string, object?>("framework", FrameKind.Growth.Keyword()));
        }

        return sheet;
    }

    /// <summary>Builds the growth frame a pair id names (<c>FAMILY.FOCUS.From..To</c>), as a growth draft keeps it.</summary>
    /// <param name="canon">The canon.</param>
    /// <param name="pairId">The pair id.</param>
    /// <param name="values">The manager's values, or null for bare templates.</param>
    /// <returns>The sheet, or null when the id names no focus and two different levels of this canon.</returns>
    public GoalSheet? BuildGrowth(ICanon canon, string pairId, GoalValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(canon);
        if (!GrowthPair.IsPairId(pairId))
        {
            return null;
        }

        var at = pairId.IndexOf(GrowthPair.Separator, StringComparison.Ordinal);
        var dot = pairId.LastIndexOf('.', at - 1);
        return canon.FindFocuses(pairId[..dot]) is [var focus]
            && canon.FindLevel(pairId[(dot + 1)..at]) is { } from
            && canon.FindLevel(pairId[(at + GrowthPair.Separator.Length)..]) is { } to
            && from != to
                ? BuildGrowth(canon, focus, from, to, values)
                : null;
    }

    private static Line TitleOf(Profile profile)
    {
        Line heading = CanonNames.ProfileTitleOf(profile) is { } title
            ? new Line([SheetParts.FromCanon(title)])
            : FocusLevelHeading.Fill(("focus", SheetParts.FromCanon(CanonNames.FocusNameOf(profile))), ("level", SheetParts.FromCanon(CanonNames.LevelCodeOf(profile))));
        return Title.Fill(("heading", heading));
    }

    private static Line IdentityOf(Profile profile) => Identity.Fill(
        ("family", SheetParts.FromCanon(CanonNames.FamilyNameOf(profile))),
        ("focus", SheetParts.FromCanon(CanonNames.FocusNameOf(profile))),
        ("level", SheetParts.FromCanon(CanonNames.LevelCodeOf(profile))),
        ("title", SheetParts.FromCanon(CanonNames.LevelTitleOf(profile))));
}
