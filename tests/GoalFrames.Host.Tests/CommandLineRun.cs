using GoalFrames.Host.Cli;

namespace GoalFrames.Host.Tests;

/// <summary>Runs the command line in-process, as <c>goalframes</c> would, and captures what it printed.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static CommandLineRun Invoke(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = GoalFramesCommandLine.RunAsync(args, output, error, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        return new CommandLineRun(exit, output.ToString(), error.ToString());
    }
}
