using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Tests.Shared;

/// <summary>
/// A small synthetic dataset for lookup tests: three adjacent squares in a row, 0.01° wide, along latitude
/// 52.20–52.21 in Warsaw. Area 1 spans longitude 21.00–21.01, area 2 21.01–21.02, area 3 21.02–21.03; 1|2 and
/// 2|3 share a border. Ids are <c>{prefix}-1</c>, <c>{prefix}-2</c>, <c>{prefix}-3</c>. Each call builds new objects.
/// </summary>
internal static class SquareDataset
{
    public const double South = 52.20, North = 52.21, West = 21.00, Width = 0.01;

    public static Dataset Create(long version = 1, string prefix = "p", int count = 3)
    {
        var partnerships = new List<Partnership>();
        var areas = new List<Area>();
        for (int i = 0; i < count; i++)
        {
            var id = $"{prefix}-{i + 1}";
            partnerships.Add(Partnership(id, $"Partnerstwo {prefix.ToUpperInvariant()} {i + 1}"));
            areas.Add(new Area(id, Square(West + i * Width, South, West + (i + 1) * Width, North), Provenance()));
        }
        return new Dataset(version, $"test {prefix} v{version}", partnerships, areas);
    }

    public static Polygon Square(double minLon, double minLat, double maxLon, double maxLat) =>
        Geo.Factory.CreatePolygon([
            new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)]);

    public static Partnership Partnership(string id, string name) => new(
        id, name, "Partnerstwo " + name, [new FormerName("Stara nazwa", 2011, 2015)], [], "Żoliborz", ["Marymont"], "2011",
        "Fundacja Test", ["Fundacja Test"], ["Fundacja Test", "Szkoła 1"],
        new Contact("Fundacja Test", null, "ul. Testowa 1", "01-001", "Warszawa"), "Opis.", ["spotkania"],
        new BoundaryDefinition("source", "Ulice A, B, C.", [new BoundingStreet("A"), new BoundingStreet("B", false, "domknięcie")], [], null),
        "seed-1");

    public static AreaProvenance Provenance() => new(
        "synthetic", "source", "test", null, null, [new StreetMatchRecord("A", ["A"], true)], [], [], 15, 10, true,
        "2025-01-01T00:00:00Z", [])
    {
        Findings = [new ProvenanceFinding(ProvenanceFindingCodes.FacesFormed, ["1", "1", "0"]), new ProvenanceFinding("extra-inside", ["Park", "10"])],
    };
}
