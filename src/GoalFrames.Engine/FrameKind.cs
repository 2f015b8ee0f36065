namespace GoalFrames.Engine;

/// <summary>The goal frameworks, in the order a sheet shows them.</summary>
public enum FrameKind
{
    /// <summary>SMART goals.</summary>
    Smart,

    /// <summary>Objectives and key results.</summary>
    Okr,

    /// <summary>Management-by-objectives key result areas.</summary>
    Mbo,

    /// <summary>A balanced-scorecard style view.</summary>
    Scorecard,

    /// <summary>Growth goals: what changes from one level to another, for one focus. Not one of the four frameworks of a profile.</summary>
    Growth,
}
