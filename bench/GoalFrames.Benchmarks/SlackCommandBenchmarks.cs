using BenchmarkDotNet.Attributes;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Slack.Commands;

namespace GoalFrames.Benchmarks;

/// <summary>
/// The in-process cost of answering a Slack slash command (parse, look up, build, render, escape, serialize), against
/// serializing the same reply that is already built: what the HTTP load benchmark pays per request beyond Kestrel.
/// </summary>
[MemoryDiagnoser]
public class SlackCommandBenchmarks
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal)
    {
        ["command"] = "/goals",
        ["text"] = "clinops M5 smart",
        ["team_id"] = "T1",
        ["user_id"] = "U1",
    };

    private SlashCommandHandler _handler = null!;
    private SlackMessage _reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        var canon = CanonLoader.LoadOrThrow(BenchPaths.SampleCanon);
        _handler = new SlashCommandHandler(new GoalsResponder(canon, new FrameEngine()), new UserRateLimiter(0, 1, TimeProvider.System), new ReplyCache(Microsoft.Extensions.Options.Options.Create(new GoalFrames.Slack.SlackOptions { ReplyCacheSize = 0 })), []);
        _reply = _handler.AnswerAsync(_fields, CancellationToken.None).GetAwaiter().GetResult()!;
    }

    [Benchmark(Baseline = true, Description = "serialize the ready reply")]
    public byte[] Serialize() => ReplyCache.Serialize(_reply);

    [Benchmark(Description = "answer + serialize, no cache")]
    public async Task<byte[]> AnswerAndSerialize() => ReplyCache.Serialize((await _handler.AnswerAsync(_fields, CancellationToken.None))!);
}
