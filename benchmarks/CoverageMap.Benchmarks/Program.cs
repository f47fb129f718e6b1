using BenchmarkDotNet.Running;
using CoverageMap.Benchmarks;

if (args.Length > 0 && args[0] == "memory") return GazetteerMemory.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
