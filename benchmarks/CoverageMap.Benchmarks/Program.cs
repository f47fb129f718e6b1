using BenchmarkDotNet.Running;
using CoverageMap.Benchmarks;

if (args.Length > 0 && args[0] == "memory") return GazetteerMemory.Run(args);
if (args.Length > 0 && args[0] == "address-loop") return AddressLoop.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
