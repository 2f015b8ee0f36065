namespace GoalFrames.Canon;

/// <summary>Whether HR has approved a profile's text.</summary>
public enum ProfileStatus
{
    /// <summary>Work in progress.</summary>
    Draft,

    /// <summary>Approved by HR.</summary>
    Approved,
}
