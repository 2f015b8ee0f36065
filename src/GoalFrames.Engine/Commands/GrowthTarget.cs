namespace GoalFrames.Engine.Commands;

/// <summary>Two levels of one focus as typed: <c>clinops M4..M5</c>, or <c>clinops M4 growth</c> (no To: the next level up).</summary>
/// <param name="Focus">An alias, a focus code or <c>FAMILY.FOCUS</c>.</param>
/// <param name="From">The level grown from: a code, or a level title.</param>
/// <param name="To">The level grown toward, or null for the next level up on the same track.</param>
public sealed record GrowthTarget(string Focus, string From, string? To)
{
    /// <inheritdoc />
    public override string ToString() => To is null ? $"{Focus} {From} growth" : $"{Focus} {From}..{To}";
}
