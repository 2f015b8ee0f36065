using BenchmarkDotNet.Attributes;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Benchmarks;

/// <summary>
/// Build + text render of one framework for the five-row seed profile, against a baseline that copies the same
/// output text (the cost of producing those bytes at all).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly FrameEngine _engine = new();
    private CanonSnapshot _canon = null!;
    private Profile _profile = null!;
    private string _expected = string.Empty;

    [Params(FrameKind.Smart, FrameKind.Okr, FrameKind.Mbo, FrameKind.Scorecard)]
    public FrameKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _canon = CanonLoader.LoadOrThrow(BenchPaths.SampleCanon);
        _profile = _canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!;
        _expected = BuildAndRender();
    }

    [Benchmark(Baseline = true, Description = "copy the output text")]
    public string Copy() => new(_expected.AsSpan());

    [Benchmark(Description = "build + render text")]
    public string BuildAndRender() => TextSheetRenderer.RenderSection(_engine.Build(_canon, _profile, [Kind]).Sections[0]);
}
