using BenchmarkDotNet.Attributes;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Slack.Commands;

namespace GoalFrames.Benchmarks;

/// <summary>
/// The in-process cost of answering a Slack slash command without the reply cache (parse, look up, build, render Block
/// Kit, validate, serialize), against serializing the same reply already built: what an uncached request pays beyond
/// Kestrel and the signature check.
/// </summary>
[MemoryDiagnoser]
public class SlackCommandBenchmarks
{
    private GoalsResponder _responder = null!;
    private SlackMessage _reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        var canon = CanonLoader.LoadOrThrow(BenchPaths.SampleCanon);
        _responder = new GoalsResponder(canon, new FrameEngine());
        _reply = Answer();
    }

    [Benchmark(Baseline = true, Description = "serialize the ready reply")]
    public byte[] Serialize() => ReplyCache.Serialize(_reply);

    [Benchmark(Description = "answer + Block Kit + serialize, no cache")]
    public byte[] AnswerAndSerialize() => ReplyCache.Serialize(Answer());

    private SlackMessage Answer()
    {
        var (text, blocks) = SlackBlocks.Render(_responder.Respond("clinops M5 smart"), ReplyMode.Private)[0];
        return new SlackMessage("ephemeral", text, blocks);
    }
}
