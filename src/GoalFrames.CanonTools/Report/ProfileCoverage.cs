using GoalFrames.Engine;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.CanonTools.Report;

/// <summary>What one profile holds and what the frame engine makes of it.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Family">The family name.</param>
/// <param name="Focus">The focus name.</param>
/// <param name="Level">The level code.</param>
/// <param name="Title">The profile's title, or the level's.</param>
/// <param name="IsDraft">True while the profile is in draft status.</param>
/// <param name="CoreOutputs">How many core outputs it has.</param>
/// <param name="Responsibilities">How many component responsibilities it has.</param>
/// <param name="Rubrics">Which rubrics it has.</param>
/// <param name="Dimensions">How many dimensions its level has.</param>
/// <param name="Yields">The frameworks it yields.</param>
/// <param name="LeftOut">What the engine leaves out and why (its own omission ledger).</param>
public sealed record ProfileCoverage(
    string Id,
    string Family,
    string Focus,
    string Level,
    string Title,
    bool IsDraft,
    int CoreOutputs,
    int Responsibilities,
    IReadOnlyList<string> Rubrics,
    int Dimensions,
    IReadOnlyList<FrameKind> Yields,
    IReadOnlyList<Omission> LeftOut);
