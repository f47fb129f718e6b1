using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/CoverageMap.Benchmarks -- memory [count]</c>: the resident cost of the
/// gazetteer and of the resolver's per-point indexes, per address point, with <c>count</c> generated points (default
/// 1,000,000: PRG-like ids and numbers, 5,000 streets, Warsaw's box). Measured as the managed heap after a full
/// collection, before and after building, with the points' source records dropped first.
/// </summary>
internal static class GazetteerMemory
{
    public static int Run(string[] args)
    {
        int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var rnd = new Random(7);
        var streets = Enumerable.Range(0, 5000).Select(i => ($"{10000 + i}", $"Ulica Testowa {i}", StreetNameNormalizer.Normalize($"Testowa {i}").Key)).ToArray();
        string[] letters = ["", "", "", "", "A", "B", "a"];

        long before = Heap();
        AddressGazetteer gazetteer;
        {
            var points = new List<AddressPoint>(count);
            for (int i = 0; i < count; i++)
            {
                var (id, name, key) = streets[i % streets.Length];
                var text = (1 + i / streets.Length % 400).ToString(CultureInfo.InvariantCulture) + letters[rnd.Next(letters.Length)];
                HouseNumber.TryParse(text, out var number);
                points.Add(new AddressPoint(id, name, key, text, number, i % 3 == 0 ? "01-627" : null,
                    52.10 + rnd.NextDouble() * 0.26, 20.86 + rnd.NextDouble() * 0.40, AddressSources.Prg,
                    "PL.PZGiK.994.BDOT10k." + (100_000_000 + i).ToString(CultureInfo.InvariantCulture)));
            }
            gazetteer = new AddressGazetteer(points);
        }
        long gazetteerBytes = Heap() - before;

        var ring = new[] { new Coordinate(20.95, 52.20), new Coordinate(21.05, 52.20), new Coordinate(21.05, 52.30), new Coordinate(20.95, 52.30), new Coordinate(20.95, 52.20) };
        var dataset = new Dataset(1, "memory", [new Partnership("p", "P", "P", [], [], "Żoliborz", [], "2020", null, [], [], null, "", [],
            new BoundaryDefinition("source", "", [], [], null), "bench")],
            [new Area("p", Geo.Factory.CreatePolygon(ring), new AreaProvenance("synthetic", "source", "bench", null, null, [], [], [], 0, 50, true, "2026-01-01T00:00:00Z", []))]);
        var register = new StreetRegister(streets.Select(s => new RegisteredStreet(s.Item1, "ulica", s.Item2[6..], s.Item2[6..], ["Żoliborz"], [])));
        long beforeResolver = Heap();
        var resolver = new AddressResolver(register, StreetRuleSet.Empty, gazetteer, new AreaIndex(dataset), StreetAreaCoverage.Empty, dataset);
        long resolverBytes = Heap() - beforeResolver;
        GC.KeepAlive(resolver);
        GC.KeepAlive(gazetteer);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} points: gazetteer {gazetteerBytes / 1e6:0.0} MB ({gazetteerBytes / (double)count:0.0} B/point), " +
            $"resolver's per-point indexes {resolverBytes / 1e6:0.0} MB ({resolverBytes / (double)count:0.0} B/point), " +
            $"together {(gazetteerBytes + resolverBytes) / (double)count:0.0} B/point (target ≤ 150)."));
        return 0;
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        return GC.GetTotalMemory(true);
    }
}
