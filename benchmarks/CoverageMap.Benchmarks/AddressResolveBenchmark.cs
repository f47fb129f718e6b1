using BenchmarkDotNet.Attributes;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Streets;
using NetTopologySuite.Geometries;

namespace CoverageMap.Benchmarks;

/// <summary>
/// Parse + resolve 100,000 typed addresses in one in-process batch. The register is the real one
/// (shared/geodata/sources/warsaw-streets); areas (a 5 × 4 grid over central Warsaw), address points
/// (400 streets × 200 numbers = 80,000) and rules are synthetic. The batch mixes address-point hits (80%),
/// rule hits, street-level answers, letters, postcodes and streets the gazetteer lacks.
/// </summary>
[MemoryDiagnoser]
public class AddressResolveBenchmark
{
    private const int BatchSize = 100_000;
    private AddressResolver _resolver = null!;
    private string[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        var shared = FindShared();
        var register = StreetRegisterFile.Load(
            Path.Combine(shared, "geodata", "sources", "warsaw-streets", "streets.txt"),
            Path.Combine(shared, "geodata", "sources", "warsaw-streets", "teryt-short-to-full-names.csv"));
        var keyCount = register.Streets.GroupBy(s => StreetNameNormalizer.Normalize(s.FullName).Key).ToDictionary(g => g.Key, g => g.Count());
        var streets = register.Streets.Where(s => keyCount[StreetNameNormalizer.Normalize(s.FullName).Key] == 1)
            .OrderBy(s => s.Id, StringComparer.Ordinal).Take(600).ToList();

        var partnerships = new List<Partnership>();
        var areas = new List<Area>();
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 4; j++)
            {
                var id = $"area-{i}-{j}";
                partnerships.Add(new Partnership(id, id, id, [], [], "Test", [], "2020", null, [], [], null, "synthetic", [],
                    new BoundaryDefinition("source", "", [new BoundingStreet("A"), new BoundingStreet("B")], [], null), "bench"));
                double w = 20.95 + i * 0.02, s = 52.20 + j * 0.02;
                var ring = new[] { new Coordinate(w, s), new Coordinate(w + 0.02, s), new Coordinate(w + 0.02, s + 0.02), new Coordinate(w, s + 0.02), new Coordinate(w, s) };
                areas.Add(new Area(id, Geo.Factory.CreatePolygon(ring), new AreaProvenance("synthetic", "source", "bench", null, null, [], [], [], 0, 0, true, "2026-01-01T00:00:00Z", [])));
            }
        var dataset = new Dataset(1, "bench", partnerships, areas);

        var rnd = new Random(42);
        var points = new List<AddressPoint>();
        foreach (var s in streets.Take(400))
            for (int n = 1; n <= 200; n++)
            {
                HouseNumber.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out var hn);
                points.Add(new AddressPoint(s.Id, s.FullName, StreetNameNormalizer.Normalize(s.FullName).Key, hn.Raw, hn, null,
                    52.19 + rnd.NextDouble() * 0.1, 20.94 + rnd.NextDouble() * 0.12, AddressSources.Prg, $"{s.Id}-{n}"));
            }
        var lines = streets.Skip(400).Take(200).Select(s => new NamedLine(s.FullName, Geo.Factory.CreateLineString([
            new Coordinate(20.95 + rnd.NextDouble() * 0.1, 52.20 + rnd.NextDouble() * 0.08),
            new Coordinate(20.95 + rnd.NextDouble() * 0.1, 52.20 + rnd.NextDouble() * 0.08)]))).ToList();
        var rules = new StreetRuleSet(streets.Take(50).Select((s, i) => new StreetRule($"r{i}", s.FullName, s.Id, 201, null, NumberParity.Even, "area-0-0")));
        _resolver = new AddressResolver(register, rules, new AddressGazetteer(points), new AreaIndex(dataset),
            new StreetAreaCoverage(new StreetNetwork(lines, "bench"), areas));

        _batch = new string[BatchSize];
        for (int i = 0; i < BatchSize; i++)
        {
            var kind = i % 10;
            var s = kind < 8 ? streets[rnd.Next(400)] : kind == 8 ? streets[rnd.Next(50)] : streets[400 + rnd.Next(200)];
            var n = kind == 8 ? 202 + 2 * rnd.Next(50) : 1 + rnd.Next(200);
            _batch[i] = (i % 3) switch
            {
                0 => $"ul. {s.ShortName} {n}",
                1 => $"{s.FullName} {n}{(i % 7 == 0 ? "a" : "")}, 01-{i % 1000:000} Warszawa",
                _ => $"{s.ShortName.ToLowerInvariant()} {n}",
            };
        }
        // What the batch exercises (printed once into the log, so the figure can be judged).
        var mix = _batch.Select(a => _resolver.Resolve(a)).GroupBy(r => $"{r.Status}/{r.Basis ?? "-"}").OrderByDescending(g => g.Count());
        Console.WriteLine("// batch mix: " + string.Join(", ", mix.Select(g => $"{g.Key} {g.Count()}")));
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

    private static string FindShared()
    {
        var env = Environment.GetEnvironmentVariable("COVERAGEMAP_SHARED");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "geodata", "README.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/ not found; set COVERAGEMAP_SHARED.");
    }
}
