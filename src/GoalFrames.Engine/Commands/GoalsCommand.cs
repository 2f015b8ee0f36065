using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Commands;

/// <summary>What a <c>/goals …</c> line asks for, the same in Slack, Teams and the command line.</summary>
public abstract record GoalsCommand
{
    private GoalsCommand()
    {
    }

    /// <summary>
    /// The person the line is about (<c>/goals @report …</c>: a Slack mention <c>&lt;@U…|name&gt;</c>, or a Teams
    /// mention the adapter wrote in the same form), or null.
    /// </summary>
    public DraftSubject? About { get; init; }

    /// <summary>
    /// True for the commands that read or change the asker's saved drafts (mine, forget, a person's drafts, team,
    /// export, reminders): they are answered only where the answer is private.
    /// </summary>
    public bool IsAboutDrafts => this is Mine or Forget or Person or Team or Export or Remind;

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

    /// <summary><c>/goals forget 2</c>, <c>/goals forget all</c>, or <c>/goals forget @report</c> (everything about that person: <see cref="About"/>).</summary>
    /// <param name="Number">The draft number from <c>/goals mine</c>, or null for all.</param>
    public sealed record Forget(int? Number) : GoalsCommand;

    /// <summary><c>/goals @report</c>: that person's drafts, or, the first time, a question about their profile.</summary>
    public sealed record Person : GoalsCommand;

    /// <summary><c>/goals team [page]</c>: one line per person the manager drafts goals for.</summary>
    /// <param name="Page">The page, from 1.</param>
    public sealed record Team(int Page) : GoalsCommand;

    /// <summary><c>/goals export [format]</c>: a file of the manager's team's goals, for the HR system.</summary>
    /// <param name="Format">The format word as typed (<c>cultureamp</c>, <c>betterworks</c>, <c>json</c>, <c>csv</c>, <c>markdown</c>), or null for the default.</param>
    public sealed record Export(string? Format) : GoalsCommand;

    /// <summary><c>/goals remind on|off</c>: opt in to or out of reminders before the goals due date.</summary>
    /// <param name="On">True to be reminded.</param>
    public sealed record Remind(bool On) : GoalsCommand;

    /// <summary>Words the grammar cannot read.</summary>
    /// <param name="Input">What was typed.</param>
    /// <param name="Reason">What is wrong, in a sentence.</param>
    public sealed record Invalid(string Input, string Reason) : GoalsCommand;
}
