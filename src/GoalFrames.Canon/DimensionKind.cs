namespace GoalFrames.Canon;

/// <summary>The six level dimensions, in the order the frameworks read them.</summary>
public enum DimensionKind
{
    /// <summary>How wide the work reaches.</summary>
    Scope,

    /// <summary>How independently the work is done.</summary>
    Autonomy,

    /// <summary>How hard the problems are.</summary>
    Complexity,

    /// <summary>What the work changes.</summary>
    Impact,

    /// <summary>What this level may decide.</summary>
    DecisionRights,

    /// <summary>Whom this level leads.</summary>
    Leadership,
}
