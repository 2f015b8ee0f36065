namespace GoalFrames.Host.Cli;

/// <summary>What <c>goals</c> prints.</summary>
internal enum OutputFormat
{
    Text,
    Markdown,
    Json,
    AdaptiveCard,
    BlockKit,
}
