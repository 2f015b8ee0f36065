namespace GoalFrames.Engine.Checks;

/// <summary>How much a check finding matters.</summary>
public enum CheckKind
{
    /// <summary>Something to fix before the goal is ready: a blank, an unreadable or out-of-cycle date, a target equal to its baseline.</summary>
    Error,

    /// <summary>A question for the manager that does not stop the goal being ready (e.g. "is this measurable?").</summary>
    Hint,
}
