namespace GoalFrames.Canon;

/// <summary>The career track a level belongs to.</summary>
public enum LevelTrack
{
    /// <summary>Individual contributors (P levels).</summary>
    Professional,

    /// <summary>People managers (M levels).</summary>
    Management,

    /// <summary>Executives (E levels).</summary>
    Executive,

    /// <summary>Support roles (S levels).</summary>
    Support,

    /// <summary>Any other track a canon defines.</summary>
    Other,
}
