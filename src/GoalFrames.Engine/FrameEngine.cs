using System.Diagnostics.Metrics;
using GoalFrames.Canon;
using GoalFrames.Engine.Frames;
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

        return new GoalSheet(profile, canon.Version, canon.Fingerprint, TitleOf(profile), IdentityOf(profile), SheetParts.Label(Promise), sections, omissions);
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
