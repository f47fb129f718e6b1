using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Store;

/// <summary>Small inline datasets for store tests.</summary>
internal static class TestDatasets
{
    public static Partnership Partnership(string id, string name) => new(
        id, name, $"Partnerstwo „{name}”", [new FormerName("Stara nazwa", 2011, 2018)], [], "Żoliborz", ["Osiedle"],
        "2013-05", "OPS", ["OPS"], ["OPS", "Biblioteka"], new Contact("Stowarzyszenie", "lokal", "ul. Malczewskiego 44a", "02-622", "Warszawa"),
        "Opis.", [], new BoundaryDefinition("source", "ulice A, B", [new BoundingStreet("A"), new BoundingStreet("B", false, "closes the ring")], [], null), "seed");

    public static Area Square(string id, double west, double south, double size = 0.01)
    {
        var ring = Geo.Factory.CreateLinearRing([
            new Coordinate(west, south), new Coordinate(west + size, south), new Coordinate(west + size, south + size),
            new Coordinate(west, south + size), new Coordinate(west, south)]);
        var poly = Geo.Factory.CreatePolygon(ring);
        var prov = new AreaProvenance("polygonize-bounding-streets", "source", "test.geojson (GeoJSON)", "2023-12-01", "CC0",
            [new StreetMatchRecord("A", ["Ulica A"], true)], ["B: closes the ring"], [new GapRecord("A", "B", 52.1, 20.9, 52.1001, 20.9, 11.1)],
            15, 40, true, "2026-11-24T06:00:00Z", ["note"]);
        return new Area(id, poly, prov);
    }

    public static Dataset Two(string nameSuffix = "") => new(0, "test",
        [Partnership("alfa", "Alfa" + nameSuffix), Partnership("beta", "Beta")],
        [Square("alfa", 20.95, 52.26), Square("beta", 20.96, 52.26)]);
}
