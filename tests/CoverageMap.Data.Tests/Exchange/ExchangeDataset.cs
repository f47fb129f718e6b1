using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Data.Geodata;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Exchange;

/// <summary>The dataset the exchange tests send through every format: the project's own geodata (five real areas) and
/// three inline partnerships for the shapes they lack — a polygon with a hole, a multipolygon, and no area at all.</summary>
internal static class ExchangeDataset
{
    public static Dataset Create()
    {
        var real = new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset();
        var holed = Geo.Factory.CreatePolygon(
            Geo.Factory.CreateLinearRing([new(20.90, 52.30), new(20.92, 52.30), new(20.92, 52.32), new(20.90, 52.32), new(20.90, 52.30)]),
            [Geo.Factory.CreateLinearRing([new(20.905, 52.305), new(20.905, 52.315), new(20.915, 52.315), new(20.915, 52.305), new(20.905, 52.305)])]);
        var islands = Geo.Factory.CreateMultiPolygon([
            SquareDataset.Square(20.80, 52.30, 20.81, 52.31), SquareDataset.Square(20.8123456789012, 52.3098765432109, 20.83, 52.32)]);
        holed.SRID = islands.SRID = Geo.Wgs84;
        var extra = new[] { ("z-dziura", "Źródło „Dziura” — łąka z oczkiem", (Geometry?)holed), ("z-wyspy", "Wyspy Żerańskie", islands), ("z-bez-obszaru", "Bez obszaru", null) };
        return real with
        {
            Partnerships = [.. real.Partnerships, .. extra.Select(e => SquareDataset.Partnership(e.Item1, e.Item2))],
            Areas = [.. real.Areas, .. extra.Where(e => e.Item3 is not null).Select(e => new Area(e.Item1, e.Item3!, SquareDataset.Provenance()))],
        };
    }
}
