using System.Collections.Concurrent;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Tests;

/// <summary>Keeps what the core sends to people (the adapters' messengers have their own tests); a person can be made unreachable.</summary>
public sealed class RecordingMessenger : IPersonMessenger
{
    public string Platform => "slack";

    public ConcurrentQueue<(DraftSubject To, Answer Answer)> Sent { get; } = new();

    public string? UnreachableBecause { get; set; }

    public Task<Delivery> SendAsync(DraftOwner from, DraftSubject person, Answer answer, CancellationToken cancellationToken)
    {
        if (UnreachableBecause is { } reason)
        {
            return Task.FromResult<Delivery>(new Delivery.Unreachable(reason));
        }

        Sent.Enqueue((person, answer));
        return Task.FromResult<Delivery>(new Delivery.Delivered());
    }
}
