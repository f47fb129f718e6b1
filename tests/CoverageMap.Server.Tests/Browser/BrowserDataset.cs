using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using CoverageMap.Data.Registry;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// The dataset the browser tests serve: the five partnerships of the registry (<c>geodata/partnerships.json</c>)
/// with synthetic, non-overlapping rectangles roughly where their areas are, plus a partnership whose every text is
/// an HTML injection attempt. Replace the rectangles with <c>geodata/areas.geojson</c> once the builder commits it.
/// </summary>
internal static class BrowserDataset
{
    public const string XssId = "xss-test";
    public const string XssName = "<img src=x onerror=alert(1)>";

    /// <summary>South, west, north, east of each area.</summary>
    public static readonly IReadOnlyDictionary<string, (double S, double W, double N, double E)> Boxes = new Dictionary<string, (double, double, double, double)>
    {
        ["dla-zatrasia-i-rudawki"] = (52.262, 20.955, 52.270, 20.972),
        ["marymont-kaskada"] = (52.270, 20.972, 52.278, 20.990),
        ["zoliborz-oficerski"] = (52.262, 20.990, 52.270, 21.005),
        ["sady-zoliborskie"] = (52.254, 20.972, 52.262, 20.990),
        ["moje-wierzbno"] = (52.190, 20.995, 52.205, 21.020),
        [XssId] = (52.210, 21.030, 52.216, 21.042),
    };

    public static (double Lat, double Lon) CentreOf(string id)
    {
        var b = Boxes[id];
        return ((b.S + b.N) / 2, (b.W + b.E) / 2);
    }

    public static Dataset Create()
    {
        var registry = PartnershipRegistryFile.Load(SharedData.RepoPath("geodata", PartnershipRegistryFile.FileName));
        var xss = new Partnership(
            Id: XssId,
            Name: XssName,
            FullName: "Partnerstwo " + XssName,
            FormerNames: [new FormerName("<script>alert(2)</script>", 2015, 2016)],
            Aliases: [],
            District: "<b>Mokotów</b>",
            Neighbourhoods: [],
            Founded: "2015-03-14",
            Coordinator: "<a href=javascript:alert(3)>OPS</a>",
            Initiators: [],
            Members: ["<svg onload=alert(4)>"],
            Contact: new Contact("<i>Org</i>", null, null, null, null, Email: "x@example.invalid"),
            Description: "<img src=y onerror=alert(5)>",
            Activities: [],
            Boundary: new BoundaryDefinition("source", "test", [new BoundingStreet("A"), new BoundingStreet("B")], [], null),
            Source: "seed-mokotow");
        var partnerships = registry.Partnerships.Append(xss).ToList();
        var areas = Boxes.Select(b => new Area(b.Key, Rectangle(b.Value), Provenance(b.Key))).ToList();
        return new Dataset(1, "browser-test rectangles", partnerships, areas);
    }

    private static NetTopologySuite.Geometries.Polygon Rectangle((double S, double W, double N, double E) b) =>
        Geo.Factory.CreatePolygon(
        [
            new(b.W, b.S), new(b.E, b.S), new(b.E, b.N), new(b.W, b.N), new(b.W, b.S),
        ]);

    private static AreaProvenance Provenance(string id) => new(
        Method: "test-rectangle",
        Basis: id == "moje-wierzbno" ? "msi" : "source",
        Network: "test fixture",
        NetworkDate: null,
        NetworkLicence: null,
        StreetsMatched: [],
        Supplements: [],
        GapsBridged: [],
        GapToleranceMetres: 0,
        EstimatedAccuracyMetres: id == XssId ? 5 : 40,
        Approximate: id != XssId,
        BuiltAt: "2026-11-24T00:00:00Z",
        Notes: [id == XssId ? "<b>note</b>" : "synthetic rectangle"]);
}
