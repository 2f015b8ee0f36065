namespace GoalFrames.Rendering.Exports.Team;

/// <summary>Everything exported about one person: who they are, who drafted their goals, and the drafts.</summary>
/// <param name="Person">The person.</param>
/// <param name="Managers">The owners of the drafts (<c>platform/workspace/user</c>), usually one.</param>
/// <param name="Drafts">Their drafts, by profile and framework.</param>
public sealed record PersonGoals(ExportedPerson Person, IReadOnlyList<string> Managers, IReadOnlyList<ExportedDraft> Drafts)
{
    /// <summary>Every goal of every draft, in order.</summary>
    public IEnumerable<ExportedGoal> Goals => Drafts.SelectMany(d => d.Goals);
}
