using BenchmarkDotNet.Attributes;
using GoalFrames.Canon;

namespace GoalFrames.Benchmarks;

/// <summary>Profile and alias lookups cost the same in a 19-profile and a 10,000-profile canon.</summary>
public class LookupBenchmarks
{
    private CanonSnapshot _sample = null!;
    private CanonSnapshot _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = CanonLoader.LoadOrThrow(BenchPaths.SampleCanon);
        _large = CanonLoader.LoadOrThrow(GeneratedCanon.Write(families: 100, focusesPerFamily: 10));
    }

    [Benchmark(Baseline = true, Description = "sample: profile id + alias")]
    public bool Sample() => _sample.FindProfile("CLINIC1.CLINICAL3CD6.M5") is not null && _sample.FindFocuses("clinops").Count == 1;

    [Benchmark(Description = "10k: profile id + alias")]
    public bool Large() => _large.FindProfile("FAM73.FOC4.M3") is not null && _large.FindFocuses("f73-g4").Count == 1;
}
