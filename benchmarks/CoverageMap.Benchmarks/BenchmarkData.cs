using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Importers;
using CoverageMap.Data.Readers;
using CoverageMap.Data.Rules;
using CoverageMap.Data.Streets;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Benchmarks;

/// <summary>
/// Datasets for the lookup benchmarks: the bundled areas (<c>geodata/areas.geojson</c> when it exists, else five
/// synthetic irregular polygons of ~300 vertices around Warsaw), and a synthetic tessellation of 100×100 cells
/// with wiggly shared edges (~1,000 vertices per cell) over the same extent.
/// </summary>
internal static class BenchmarkData
{
    private static readonly AreaProvenance Provenance = new("synthetic", "source", "benchmark", null, null, [], [], [], 0, 0, true, "2025-01-01T00:00:00Z", []);

    public static (Dataset Dataset, string Description) Bundled()
    {
        var path = FindGeodata("areas.geojson");
        if (path is not null)
        {
            var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
            var fc = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
            var areas = fc.Select((f, i) => new Area(
                f.Attributes?.GetOptionalValue("partnershipId")?.ToString() ?? f.Attributes?.GetOptionalValue("id")?.ToString() ?? $"area-{i}",
                Geo.Factory.CreateGeometry(f.Geometry), Provenance)).ToArray();
            return (new Dataset(1, path, [], areas), $"{path}: {areas.Length} areas, {areas.Sum(a => a.Geometry.NumPoints)} vertices");
        }
        var synthetic = WarsawBlobs(5, 300);
        return (synthetic, $"synthetic: 5 irregular polygons × 300 vertices (geodata/areas.geojson not found)");
    }

    /// <summary>Irregular star-shaped polygons ("blobs") around Warsaw, a few km across, not overlapping.</summary>
    public static Dataset WarsawBlobs(int count, int vertices)
    {
        var rnd = new Random(1944);
        var areas = new List<Area>();
        for (int a = 0; a < count; a++)
        {
            double cLon = 20.93 + (a % 3) * 0.075, cLat = 52.18 + (a / 3) * 0.06;
            double rLon = 0.03, rLat = 0.02;
            double p1 = rnd.NextDouble() * Math.PI * 2, p2 = rnd.NextDouble() * Math.PI * 2;
            var ring = new Coordinate[vertices + 1];
            for (int i = 0; i < vertices; i++)
            {
                double t = 2 * Math.PI * i / vertices;
                double r = 1 + 0.22 * Math.Sin(3 * t + p1) + 0.08 * Math.Sin(11 * t + p2) + 0.03 * (rnd.NextDouble() - 0.5);
                ring[i] = new Coordinate(cLon + rLon * r * Math.Cos(t), cLat + rLat * r * Math.Sin(t));
            }
            ring[vertices] = ring[0].Copy();
            areas.Add(new Area($"blob-{a + 1}", Geo.Factory.CreatePolygon(ring), Provenance));
        }
        return new Dataset(1, "warsaw blobs", [], areas);
    }

    /// <summary>
    /// A <paramref name="n"/>×<paramref name="n"/> tessellation of Warsaw's extent whose cells share wiggly edges
    /// of <paramref name="pointsPerEdge"/> segments (so ~4×pointsPerEdge vertices per cell); neighbours share their
    /// edges exactly, so every point of the extent is covered and points on edges hit two cells.
    /// </summary>
    public static Dataset WigglyGrid(int n, int pointsPerEdge)
    {
        const double west = 20.85, south = 52.10, east = 21.27, north = 52.37;
        double dx = (east - west) / n, dy = (north - south) / n;
        var areas = new List<Area>(n * n);
        for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
        {
            var ring = new List<Coordinate>(4 * pointsPerEdge + 1);
            ring.AddRange(Edge(i, j, horizontal: true));                  // bottom, west → east
            ring.AddRange(Edge(i + 1, j, horizontal: false));             // right, south → north
            ring.AddRange(Edge(i, j + 1, horizontal: true).Reverse());    // top, east → west
            ring.AddRange(Edge(i, j, horizontal: false).Reverse());       // left, north → south
            ring.Add(ring[0].Copy());
            areas.Add(new Area($"cell-{i}-{j}", Geo.Factory.CreatePolygon([.. ring]), Provenance));
        }
        return new Dataset(1, "wiggly grid", [], areas);

        // The edge from grid vertex (i, j) going east (horizontal) or north, without its end vertex.
        IEnumerable<Coordinate> Edge(int i, int j, bool horizontal)
        {
            double x0 = west + i * dx, y0 = south + j * dy;
            int seed = HashCode.Combine(i, j, horizontal);
            double amp = 0.12 * (horizontal ? dy : dx) * (0.5 + (seed & 0xff) / 510.0);
            int waves = 1 + ((seed >> 8) & 3);
            var list = new Coordinate[pointsPerEdge];
            for (int k = 0; k < pointsPerEdge; k++)
            {
                double t = (double)k / pointsPerEdge;
                double off = amp * Math.Sin(Math.PI * waves * t) * Math.Sin(Math.PI * t);
                list[k] = horizontal ? new Coordinate(x0 + t * dx, y0 + off) : new Coordinate(x0 + off, y0 + t * dy);
            }
            return list;
        }
    }

    /// <summary>
    /// What the service resolves addresses with, from <c>geodata/</c>: the register, street rules, areas, street lines
    /// and the bundled address points; and those points' own address texts, in file order.
    /// </summary>
    public static (AddressResolver Resolver, StreetRegister Register, string[] Texts) BundledAddresses()
    {
        var folder = GeodataFolder.Locate(null, AppContext.BaseDirectory, Environment.CurrentDirectory);
        var dataset = folder.LoadDataset();
        var register = StreetRegisterFile.Load(folder.StreetsTxtPath, folder.TerytCsvPath);
        var read = AddressTextImporter.ReadPoints(folder.AddressPointsPath, register);
        var gazetteer = new AddressGazetteer(read.Where(r => r.Point is not null).Select(r => r.Point!));
        var rules = StreetRulesFile.LoadFromGeodata(folder.Path, Data.Registry.PartnershipRegistryFile.Load(folder.RegistryPath));
        var coverage = new StreetAreaCoverage(StreetNetworkReader.Open(folder.StreetNetworkPath).Network, dataset.Areas);
        var resolver = new AddressResolver(register, rules, gazetteer, new AreaIndex(dataset), coverage, dataset);
        return (resolver, register, read.Select(r => r.Record.AddressText).OfType<string>().ToArray());
    }

    private static string? FindGeodata(string file)
    {
        var roots = new[] { Environment.GetEnvironmentVariable("COVERAGEMAP_ROOT"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var root in roots)
        {
            for (var dir = root is null ? null : new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "CoverageMap.sln"))) continue;
                var candidate = Path.Combine(dir.FullName, "geodata", file);
                return File.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }
}
