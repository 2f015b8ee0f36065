namespace GoalFrames.Slack;

/// <summary>Slack settings, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Slack";

    /// <summary>The app's signing secret. Until it is set, every Slack endpoint refuses requests.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>How far a request's timestamp may be from now, either way.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
