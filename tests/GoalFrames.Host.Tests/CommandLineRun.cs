using GoalFrames.Host.Cli;

namespace GoalFrames.Host.Tests;

/// <summary>Runs the command line in-process and captures what it printed.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static CommandLineRun Invoke(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = GoalFramesCommandLine.Build(output, error).Parse(args).Invoke();
        return new CommandLineRun(exit, output.ToString(), error.ToString());
    }
}
