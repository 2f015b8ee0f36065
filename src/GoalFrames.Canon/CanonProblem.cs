namespace GoalFrames.Canon;

/// <summary>One thing wrong with a canon, at a position HR can go to.</summary>
/// <param name="File">The file, relative to the canon directory; empty when the problem is the directory itself.</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in words HR understands.</param>
public sealed record CanonProblem(string File, int Line, int Column, string Message)
{
    /// <summary>The problem as <c>file:line:column: message</c>, <c>file: message</c> for a whole file, or the message alone.</summary>
    public override string ToString() =>
        File.Length == 0 ? Message
        : Line == 0 ? $"{File}: {Message}"
        : $"{File}:{Line}:{Column}: {Message}";
}
