namespace GoalFrames.Engine.Commands;

/// <summary>A profile as typed: a focus word and a level, or a dotted profile id with no level.</summary>
/// <param name="Focus">An alias, a focus code, <c>FAMILY.FOCUS</c> or a whole profile id.</param>
/// <param name="Level">The level code, or null when <paramref name="Focus"/> is a profile id.</param>
public sealed record ProfileTarget(string Focus, string? Level)
{
    /// <inheritdoc />
    public override string ToString() => Level is null ? Focus : $"{Focus} {Level}";
}
