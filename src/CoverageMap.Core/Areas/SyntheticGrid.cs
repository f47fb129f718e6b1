using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Areas;

/// <summary>
/// For load tests and benchmarks only, never real data: <c>n×n</c> square areas tiling Warsaw's extent
/// (lat 52.10–52.37, lon 20.85–21.27), each edge split into 100 segments (400 vertices per area), with partnerships
/// <c>synthetic-{i}-{j}</c>. One generator for the server's <c>--Datasets:Synthetic=n</c> and the benchmarks, so both
/// measure the same polygons. Stateless and thread-safe; every call builds a new dataset.
/// </summary>
public static class SyntheticGrid
{
    /// <summary>The <paramref name="n"/>×<paramref name="n"/> grid as a dataset of version 0.</summary>
    public static Dataset Create(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        const double west = 20.85, south = 52.10, east = 21.27, north = 52.37;
        double dx = (east - west) / n, dy = (north - south) / n;
        var partnerships = new List<Partnership>();
        var areas = new List<Area>();
        var provenance = new AreaProvenance("synthetic-grid", "source", "none", null, null, [], [], [], 0, 0, true, "1970-01-01T00:00:00Z", []);   // the method says what it is
        for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
        {
            var id = $"synthetic-{i}-{j}";
            partnerships.Add(new Partnership(id, $"Syntetyczne {i}-{j}", $"Partnerstwo Syntetyczne {i}-{j}", [], [], "—", [], "2025", null, [], [], null,
                "Synthetic partnership for load tests.", [], new BoundaryDefinition("source", "—", [], [], null), "synthetic"));
            double x0 = west + i * dx, y0 = south + j * dy;
            var ring = new List<Coordinate>(401);
            for (int k = 0; k < 100; k++) ring.Add(new Coordinate(x0 + dx * k / 100, y0));
            for (int k = 0; k < 100; k++) ring.Add(new Coordinate(x0 + dx, y0 + dy * k / 100));
            for (int k = 0; k < 100; k++) ring.Add(new Coordinate(x0 + dx - dx * k / 100, y0 + dy));
            for (int k = 0; k < 100; k++) ring.Add(new Coordinate(x0, y0 + dy - dy * k / 100));
            ring.Add(ring[0].Copy());
            areas.Add(new Area(id, Geo.Factory.CreatePolygon([.. ring]), provenance));
        }
        return new Dataset(0, $"synthetic {n}×{n} grid (load tests only)", partnerships, areas);
    }
}
