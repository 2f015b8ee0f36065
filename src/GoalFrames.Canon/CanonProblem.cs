namespace GoalFrames.Canon;

/// <summary>One thing wrong with a canon, at a position HR can go to.</summary>
/// <param name="File">The file, relative to the canon directory.</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in words HR understands.</param>
public sealed record CanonProblem(string File, int Line, int Column, string Message)
{
    /// <summary>The problem as <c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
