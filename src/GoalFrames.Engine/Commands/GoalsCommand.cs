namespace GoalFrames.Engine.Commands;

/// <summary>What a <c>/goals …</c> line asks for, the same in Slack, Teams and the command line.</summary>
public abstract record GoalsCommand
{
    private GoalsCommand()
    {
    }

    /// <summary><c>/goals</c> or <c>/goals help</c>.</summary>
    public sealed record Help : GoalsCommand;

    /// <summary><c>/goals list</c>: families and focuses with their aliases.</summary>
    public sealed record List : GoalsCommand;

    /// <summary><c>/goals clinops</c>: the levels of a focus.</summary>
    /// <param name="Focus">The focus word.</param>
    public sealed record ShowFocus(string Focus) : GoalsCommand;

    /// <summary><c>/goals clinops M5</c> or <c>/goals CLINIC1.CLINICAL3CD6.M5</c>: the frameworks of a profile and what the canon lacks.</summary>
    /// <param name="Target">The profile asked for.</param>
    public sealed record ShowProfile(ProfileTarget Target) : GoalsCommand;

    /// <summary><c>/goals clinops M5 smart [text]</c>: one framework, or all of them.</summary>
    /// <param name="Target">The profile asked for.</param>
    /// <param name="Kinds">The frameworks.</param>
    /// <param name="AsText">True for the "Copy / print as text" rendering.</param>
    public sealed record ShowFrames(ProfileTarget Target, IReadOnlyList<FrameKind> Kinds, bool AsText) : GoalsCommand;

    /// <summary><c>/goals clinops M4..M5 [growth] [text]</c> or <c>/goals clinops M4 growth</c>: what changes from one level to another.</summary>
    /// <param name="Target">The focus and the two levels asked for.</param>
    /// <param name="AsText">True for the "Copy / print as text" rendering.</param>
    public sealed record ShowGrowth(GrowthTarget Target, bool AsText) : GoalsCommand;

    /// <summary><c>/goals mine</c>: my saved drafts.</summary>
    public sealed record Mine : GoalsCommand;

    /// <summary><c>/goals forget 2</c> or <c>/goals forget all</c>.</summary>
    /// <param name="Number">The draft number from <c>/goals mine</c>, or null for all.</param>
    public sealed record Forget(int? Number) : GoalsCommand;

    /// <summary>Words the grammar cannot read.</summary>
    /// <param name="Input">What was typed.</param>
    /// <param name="Reason">What is wrong, in a sentence.</param>
    public sealed record Invalid(string Input, string Reason) : GoalsCommand;
}
