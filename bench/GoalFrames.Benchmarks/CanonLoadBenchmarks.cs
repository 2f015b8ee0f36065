using BenchmarkDotNet.Attributes;
using GoalFrames.Canon;

namespace GoalFrames.Benchmarks;

/// <summary>
/// Canon load: the sample canon and a generated 10,000-profile canon, against a baseline that only reads the same
/// files' bytes (the floor any loader pays).
/// </summary>
[MemoryDiagnoser]
public class CanonLoadBenchmarks
{
    private string _large = string.Empty;
    private string _sample = string.Empty;

    [Params("sample", "10k-profiles")]
    public string Canon { get; set; } = "sample";

    private string Dir => Canon == "sample" ? _sample : _large;

    [GlobalSetup]
    public void Setup()
    {
        _sample = BenchPaths.SampleCanon;
        _large = GeneratedCanon.Write(families: 100, focusesPerFamily: 10);
        var loaded = CanonLoader.LoadOrThrow(Dir);
        Console.WriteLine($"// {Canon}: {loaded.Profiles.Count} profiles");
    }

    [Benchmark(Baseline = true, Description = "read the files' bytes")]
    public long ReadBytes() =>
        Directory.EnumerateFiles(Dir, "*.yaml", SearchOption.AllDirectories).Sum(f => File.ReadAllBytes(f).LongLength);

    [Benchmark(Description = "load + validate + index")]
    public int Load() => CanonLoader.LoadOrThrow(Dir).Profiles.Count;
}
