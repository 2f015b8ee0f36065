namespace GoalFrames.Canon.Yaml;

/// <summary>Collects the problems and warnings of one file, so a load reports all of them at once.</summary>
internal sealed class ProblemSink(string file, List<CanonProblem> problems, List<CanonProblem> warnings)
{
    public string File { get; } = file;

    public int Count => problems.Count(p => p.File == File);

    public void Add(YNode at, string message) => problems.Add(new CanonProblem(File, at.Line, at.Column, message));

    public void Add(int line, int column, string message) => problems.Add(new CanonProblem(File, line, column, message));

    /// <summary>Something that loads but shows nothing, or less than HR may expect.</summary>
    public void Warn(YNode at, string message) => warnings.Add(new CanonProblem(File, at.Line, at.Column, message));
}
