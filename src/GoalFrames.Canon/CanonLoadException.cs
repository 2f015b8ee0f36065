namespace GoalFrames.Canon;

/// <summary>Thrown by <see cref="CanonLoader.LoadOrThrow"/> when the canon has problems; the message lists every one.</summary>
public sealed class CanonLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found.</param>
    public CanonLoadException(IReadOnlyList<CanonProblem> problems)
        : base("The canon has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CanonProblem> Problems { get; }
}
