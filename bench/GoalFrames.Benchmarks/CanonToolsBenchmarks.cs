using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GoalFrames.Canon;
using GoalFrames.CanonTools.Diff;
using GoalFrames.CanonTools.Export;
using GoalFrames.CanonTools.Import;
using GoalFrames.CanonTools.Report;
using GoalFrames.CanonTools.Yaml;

namespace GoalFrames.Benchmarks;

/// <summary>
/// The HR canon tools on a generated 10,000-profile canon (the one <see cref="CanonLoadBenchmarks"/> loads), each
/// against reading the bytes of the files it works from in the same run: importing its long-shape workbook into an
/// empty folder (targets: under 10 s), the HTML coverage report including the load (under 5 s), and the diff of two
/// versions that differ in one row per family (under 5 s). Few iterations, in process: each operation takes seconds.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FewIterationsInProcess))]
public class CanonToolsBenchmarks
{
    private string _canon = string.Empty;
    private string _edited = string.Empty;
    private string _workbook = string.Empty;
    private string _out = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _canon = GeneratedCanon.Write(families: 100, focusesPerFamily: 10);
        var book = CanonBookReader.Read(_canon).Book!;
        _workbook = Path.Combine(Path.GetTempPath(), "goalframes-bench-10k.xlsx");
        CanonExporter.Write(book, _workbook);
        _edited = Path.Combine(Path.GetTempPath(), "goalframes-bench-10k-edited");
        if (Directory.Exists(_edited))
        {
            Directory.Delete(_edited, recursive: true);
        }

        var edited = book with
        {
            Families = [.. book.Families.Select(f => f with
            {
                Focuses = [f.Focuses[0] with { Profiles = [f.Focuses[0].Profiles[0] with { CoreOutputs = [.. f.Focuses[0].Profiles[0].CoreOutputs.Select(r => r.Id == "out-0" ? r with { Text = r.Text + " and beyond" } : r)] }, .. f.Focuses[0].Profiles.Skip(1)] }, .. f.Focuses.Skip(1)],
            })],
        };
        CanonYamlWriter.WriteTo(edited, _edited);
        _out = Path.Combine(Path.GetTempPath(), "goalframes-bench-import-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"// workbook: {new FileInfo(_workbook).Length:N0} bytes, {CanonLoader.LoadOrThrow(_canon).Profiles.Count:N0} profiles");
    }

    [GlobalCleanup]
    public void DeleteOut()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "read the workbook's bytes")]
    public long ReadWorkbook() => File.ReadAllBytes(_workbook).LongLength;

    [Benchmark(Description = "read the canon files' bytes (old + new)")]
    public long ReadCanons() => Bytes(_canon) + Bytes(_edited);

    /// <summary>The warm-up imports into an empty folder; the measured runs re-import into the canon it wrote (ids matched, nothing changed).</summary>
    [Benchmark(Description = "import the 10,000-profile workbook")]
    public bool Import() => CanonImporter.Import(_workbook, _out, ImportMapping.Default).Written;

    [Benchmark(Description = "report (load + coverage + HTML)")]
    public int Report() => HtmlReportWriter.Write(CoverageReport.Of(CanonLoader.LoadOrThrow(_canon))).Length;

    [Benchmark(Description = "diff two versions (read both + compare)")]
    public int Diff()
    {
        var before = CanonBookReader.Read(_canon);
        var after = CanonBookReader.Read(_edited);
        return CanonDiffer.Compare(before.Book!, before.Loaded.Canon!, after.Book!, after.Loaded.Canon!).Changes.Count;
    }

    private static long Bytes(string dir) => Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Sum(f => File.ReadAllBytes(f).LongLength);
}

/// <summary>Five measured runs after one warm-up, in this process (no generated project to build on a busy machine).</summary>
internal sealed class FewIterationsInProcess : ManualConfig
{
    public FewIterationsInProcess() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
}
