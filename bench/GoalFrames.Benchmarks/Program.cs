using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(GoalFrames.Benchmarks.CanonLoadBenchmarks).Assembly).Run(args);
