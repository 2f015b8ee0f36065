namespace GoalFrames.Engine.Drafts;

/// <summary>What happened to a save; callers handle every case with <c>switch</c>.</summary>
public abstract record SaveResult
{
    private SaveResult()
    {
    }

    /// <summary>The draft was saved; this is it with its new version.</summary>
    /// <param name="Draft">The saved draft.</param>
    public sealed record Saved(Draft Draft) : SaveResult;

    /// <summary>The draft changed elsewhere since the version the save names; nothing was written. Here is the latest.</summary>
    /// <param name="Latest">The draft as it is now.</param>
    public sealed record Conflict(Draft Latest) : SaveResult;

    /// <summary>The save names a version, but the draft no longer exists (it was forgotten or purged); nothing was written.</summary>
    /// <param name="ExpectedVersion">The version the save named.</param>
    public sealed record NotFound(int ExpectedVersion) : SaveResult;
}
