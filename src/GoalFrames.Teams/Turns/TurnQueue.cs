using GoalFrames.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Work to do after answering Teams: the endpoint answers at once (Teams retries what takes over 15 s) and the
/// replies go out through the connector from here, on the shared <see cref="SupervisedWork"/> (loop <c>teams-turns</c>).
/// Bounded, so a flood is refused rather than queued.
/// </summary>
internal sealed class TurnQueue(ILogger<TurnQueue> logger) : SupervisedWork("teams-turns", logger, Capacity)
{
    public const int Capacity = 1024;
}
