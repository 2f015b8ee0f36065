namespace GoalFrames.Engine.Drafts;

/// <summary>How many of a draft's placeholders are filled.</summary>
/// <param name="Filled">Placeholders with a value.</param>
/// <param name="Total">All placeholders of the draft.</param>
public sealed record DraftCompleteness(int Filled, int Total)
{
    /// <summary>True when every placeholder has a value.</summary>
    public bool IsComplete => Filled == Total;

    /// <summary>How many are still empty.</summary>
    public int Empty => Total - Filled;

    /// <inheritdoc />
    public override string ToString() => $"{Filled}/{Total}";
}
