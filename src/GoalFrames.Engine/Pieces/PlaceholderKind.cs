namespace GoalFrames.Engine.Pieces;

/// <summary>The blanks a manager fills in.</summary>
public enum PlaceholderKind
{
    /// <summary>⟨baseline⟩: where the metric stands today.</summary>
    Baseline,

    /// <summary>⟨target⟩: where it should be.</summary>
    Target,

    /// <summary>⟨date⟩: by when.</summary>
    Date,
}
