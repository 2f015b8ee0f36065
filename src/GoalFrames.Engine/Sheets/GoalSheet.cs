using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Sheets;

/// <summary>The goal templates for one profile: headings, the promise, one section per framework, and what was left out.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="CanonVersion">The canon's declared version.</param>
/// <param name="CanonFingerprint">The fingerprint of the canon content the sheet was built from.</param>
/// <param name="Title">The title line.</param>
/// <param name="Identity">The identity line.</param>
/// <param name="Promise">The promise paragraph.</param>
/// <param name="Sections">The frameworks that have rows, in order.</param>
/// <param name="Omissions">What was left out and why.</param>
public sealed record GoalSheet(
    Profile Profile,
    string CanonVersion,
    string CanonFingerprint,
    Line Title,
    Line Identity,
    Line Promise,
    IReadOnlyList<FrameSection> Sections,
    IReadOnlyList<Omission> Omissions)
{
    /// <summary>
    /// For a growth frame, the two levels it compares; <see cref="Profile"/> then stands for the pair (its id is the pair
    /// id, its level the target level, and it has no rows of its own). Null for the four frameworks of a profile.
    /// </summary>
    public GrowthPair? Growth { get; init; }

    /// <summary>The review cycle of the canon the sheet was built from, or null when it declares none (for the checks).</summary>
    public ReviewCycle? ReviewCycle { get; init; }

    /// <summary>The section of a framework, or null when it was left out or not asked for.</summary>
    public FrameSection? Section(FrameKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>Every line of the sheet, for checks that walk all text.</summary>
    public IEnumerable<Line> Lines =>
        new[] { Title, Identity, Promise }
            .Concat(Sections.SelectMany(s => new[] { s.Heading, s.Intro }
                .Concat(s.Groups.Where(g => g.Heading is not null).Select(g => g.Heading!))
                .Concat(s.Items.SelectMany(i => i.Lines))));
}
