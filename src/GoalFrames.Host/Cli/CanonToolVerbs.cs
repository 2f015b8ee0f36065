using System.CommandLine;

namespace GoalFrames.Host.Cli;

/// <summary>The HR canon tools under <c>goalframes canon</c>: import, export, report and diff.</summary>
internal static class CanonToolVerbs
{
    public static void AddTo(Command canon, Func<string?, string> resolve, TextWriter output, TextWriter error)
    {
        canon.Subcommands.Add(CanonImportVerb.Build(output, error));
        canon.Subcommands.Add(CanonExportVerb.Build(resolve, output, error));
        canon.Subcommands.Add(CanonReportVerb.Build(resolve, output, error));
        canon.Subcommands.Add(CanonDiffVerb.Build(output, error));
    }
}
