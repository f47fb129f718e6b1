using BenchmarkDotNet.Attributes;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Benchmarks;

/// <summary>
/// Parse + resolve 100,000 real address texts in one in-process batch, on what the service runs with: the bundled
/// register, areas, street lines and the ~19,000 bundled address points (geodata/). The batch repeats the bundled
/// points' own texts (shuffled, fixed seed), so it mixes every rung of the ladder as real traffic would.
/// </summary>
[MemoryDiagnoser]
public class AddressResolveBenchmark
{
    private const int BatchSize = 100_000;
    private AddressResolver _resolver = null!;
    private AddressParser _parser = null!;
    private string[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        var (resolver, register, texts) = BenchmarkData.BundledAddresses();
        _resolver = resolver;
        _parser = new AddressParser(register);
        var rnd = new Random(42);
        _batch = Enumerable.Range(0, BatchSize).Select(_ => texts[rnd.Next(texts.Length)]).ToArray();
        // What the batch exercises (printed once into the log, so the figure can be judged).
        var mix = _batch.Select(a => _resolver.Resolve(a)).GroupBy(r => $"{r.Status}/{r.Basis}").OrderByDescending(g => g.Count());
        Console.WriteLine("// batch mix: " + string.Join(", ", mix.Select(g => $"{g.Key} {g.Count()}")));
    }

    /// <summary>Parses the whole batch only (the parser's share of the cost); returns how many parsed.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ParseOnly100k()
    {
        int parsed = 0;
        foreach (var a in _batch)
            if (_parser.Parse(a).Address is not null) parsed++;
        return parsed;
    }

    /// <summary>Resolves the whole batch; returns how many got exactly one partnership.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ParseAndResolve100k()
    {
        int resolved = 0;
        foreach (var a in _batch)
            if (_resolver.Resolve(a).Status == AddressResolutionStatus.Resolved) resolved++;
        return resolved;
    }
}
