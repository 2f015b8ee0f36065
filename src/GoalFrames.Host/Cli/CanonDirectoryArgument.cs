using System.CommandLine;

namespace GoalFrames.Host.Cli;

/// <summary>The optional canon directory argument of the canon verbs (default: as for serve).</summary>
internal static class CanonDirectoryArgument
{
    public static Argument<string?> Create() => new("dir") { Description = "The canon directory (default: as for serve).", Arity = ArgumentArity.ZeroOrOne };
}
