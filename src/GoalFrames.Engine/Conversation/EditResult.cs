namespace GoalFrames.Engine.Conversation;

/// <summary>What a save of typed values came to; callers handle every case with <c>switch</c>.</summary>
public abstract record EditResult
{
    private EditResult()
    {
    }

    /// <summary>The draft as it is now (saved, or unchanged when nothing was new), with the blanks that were not saved.</summary>
    /// <param name="Opened">The framework with the values the draft now holds.</param>
    /// <param name="Changed">True when something was written.</param>
    /// <param name="Conflicts">Blanks changed elsewhere since the surface was built; the manager's words for them were not saved.</param>
    public sealed record Done(OpenedDraft Opened, bool Changed, IReadOnlyList<SlotConflict> Conflicts) : EditResult;

    /// <summary>The draft was deleted (<c>goals forget</c>, retention) since the surface was built; nothing was written.</summary>
    public sealed record Deleted : EditResult;

    /// <summary>The canon no longer has the profile or the framework; nothing was written.</summary>
    public sealed record Gone : EditResult;
}
