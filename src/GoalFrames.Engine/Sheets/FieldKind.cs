namespace GoalFrames.Engine.Sheets;

/// <summary>The labelled lines a goal item can have.</summary>
public enum FieldKind
{
    /// <summary>SMART: Specific.</summary>
    Specific,

    /// <summary>SMART: Measurable.</summary>
    Measurable,

    /// <summary>SMART: Achievable.</summary>
    Achievable,

    /// <summary>SMART: Relevant.</summary>
    Relevant,

    /// <summary>SMART: Time-bound.</summary>
    TimeBound,

    /// <summary>OKR: the metric key result.</summary>
    KeyResult1,

    /// <summary>OKR: the level-dimension key result.</summary>
    KeyResult2,

    /// <summary>MBO: the standard.</summary>
    Standard,

    /// <summary>MBO: the target.</summary>
    Target,

    /// <summary>MBO: the due date.</summary>
    Due,

    /// <summary>Scorecard: the measure.</summary>
    Measure,

    /// <summary>Growth: what the lower level's canon says.</summary>
    From,

    /// <summary>Growth: what the target level's canon says.</summary>
    To,

    /// <summary>Growth: the goal toward the target level.</summary>
    Goal,
}
