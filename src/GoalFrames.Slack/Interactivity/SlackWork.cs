using GoalFrames.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// Work that follows an acknowledgement (posting several DM messages, say): Slack gets its answer within 3 seconds and
/// the slower calls run here, on the shared <see cref="SupervisedWork"/> (loop <c>slack-work</c>).
/// </summary>
internal sealed class SlackWork(ILogger<SlackWork> logger) : SupervisedWork("slack-work", logger);
