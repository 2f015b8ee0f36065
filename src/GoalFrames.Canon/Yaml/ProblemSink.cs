namespace GoalFrames.Canon.Yaml;

/// <summary>Collects the problems of one file, so a load reports all of them at once.</summary>
internal sealed class ProblemSink(string file, List<CanonProblem> problems)
{
    public string File { get; } = file;

    public int Count => problems.Count(p => p.File == File);

    public void Add(YNode at, string message) => problems.Add(new CanonProblem(File, at.Line, at.Column, message));

    public void Add(int line, int column, string message) => problems.Add(new CanonProblem(File, line, column, message));
}
