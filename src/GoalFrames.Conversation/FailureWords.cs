namespace GoalFrames.Conversation;

/// <summary>What a person is told when GoalFrames fails them, the same on every surface and at every layer.</summary>
public static class FailureWords
{
    /// <summary>Any failure of a request: something broke, nothing saved is lost, try again.</summary>
    public const string CouldNotFinish =
        "GoalFrames could not finish that just now. Nothing you saved before is lost; please try again in a minute. If it keeps happening, tell your GoalFrames administrator.";
}
