namespace GoalFrames.Rendering.Chat;

/// <summary>How a button stands out.</summary>
internal enum ChatButtonStyle
{
    Default,
    Primary,
    Danger,
}
