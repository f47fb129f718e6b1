using BenchmarkDotNet.Attributes;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using NetTopologySuite.Geometries;

namespace CoverageMap.Benchmarks;

/// <summary>
/// Lookup cost per point: <see cref="AreaIndex.Locate"/> against a naive loop of <c>Geometry.Covers</c> over
/// every area. Each invocation looks up <see cref="Points"/> distinct points; the reported time is per point.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private const int Points = 2048;

    private Dataset _dataset = null!;
    private AreaIndex _index = null!;
    private (double Lat, double Lon)[] _points = null!;
    private Point[] _ntsPoints = null!;

    /// <summary><c>bundled</c>: geodata/areas.geojson or 5 synthetic Warsaw polygons; <c>grid10k</c>: 100×100 wiggly cells × ~1,000 vertices.</summary>
    [Params("bundled", "grid10k")]
    public string Data { get; set; } = "bundled";

    /// <summary><c>inside</c>: points in some area; <c>anywhere</c>: uniform over the extent (+10%), so some need the nearest-area search.</summary>
    [Params("inside", "anywhere")]
    public string Where { get; set; } = "inside";

    [GlobalSetup]
    public void Setup()
    {
        if (Data == "bundled")
        {
            var (dataset, description) = BenchmarkData.Bundled();
            _dataset = dataset;
            Console.WriteLine("// Bundled data: " + description);
        }
        else _dataset = BenchmarkData.WigglyGrid(100, 250);
        _index = new AreaIndex(_dataset);

        var env = new Envelope();
        foreach (var a in _dataset.Areas) env.ExpandToInclude(a.Geometry.EnvelopeInternal);
        env.ExpandBy(env.Width * 0.05, env.Height * 0.05);
        var rnd = new Random(42);
        var points = new List<(double, double)>(Points);
        while (points.Count < Points)
        {
            double lat = env.MinY + rnd.NextDouble() * env.Height, lon = env.MinX + rnd.NextDouble() * env.Width;
            if (Where == "inside" && !_index.Locate(lat, lon).Covered) continue;
            points.Add((lat, lon));
        }
        _points = [.. points];
        _ntsPoints = _points.Select(p => Geo.PointFromLatLon(p.Lat, p.Lon)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Points, Baseline = true)]
    public int AreaIndexLocate()
    {
        int hits = 0;
        foreach (var (lat, lon) in _points) hits += _index.Locate(lat, lon).Areas.Count;
        return hits;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public int NaiveCoversLoop()
    {
        int hits = 0;
        var areas = _dataset.Areas;
        foreach (var p in _ntsPoints)
            for (int i = 0; i < areas.Count; i++)
                if (areas[i].Geometry.Covers(p)) hits++;
        return hits;
    }
}
