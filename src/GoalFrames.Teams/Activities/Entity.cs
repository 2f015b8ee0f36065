namespace GoalFrames.Teams.Activities;

/// <summary>An entity of an activity; GoalFrames reads mentions (<c>type: mention</c>, who and the <c>&lt;at&gt;</c> text).</summary>
internal sealed record Entity(string? Type)
{
    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }
}
