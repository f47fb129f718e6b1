using BenchmarkDotNet.Running;
using CoverageMap.Benchmarks;

if (args.Length > 0 && args[0] == "memory") return GazetteerMemory.Run(args);
if (args.Length > 0 && args[0] == "address-loop") return AddressLoop.Run(args);
if (args.Length > 0 && args[0] == "rate") return LookupRate.Run(args);
if (args.Length > 2 && args[0] == "synthetic-ewkb") return LookupRate.WriteSyntheticEwkb(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
