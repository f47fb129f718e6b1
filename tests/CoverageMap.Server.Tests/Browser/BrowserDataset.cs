using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Registry;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// The dataset the browser tests serve: the registry (<c>geodata/partnerships.json</c>) and the areas the builder
/// made (<c>geodata/areas.geojson</c>), plus a partnership whose every text is an HTML injection attempt, with a
/// small rectangle of its own west of the real areas.
/// </summary>
internal static class BrowserDataset
{
    public const string XssId = "xss-test";
    public const string XssName = "<img src=x onerror=alert(1)>";

    /// <summary>The injection partnership's rectangle: south, west, north, east.</summary>
    private static readonly (double S, double W, double N, double E) XssBox = (52.225, 20.940, 52.231, 20.952);

    private static readonly Lazy<Dataset> Loaded = new(Load);

    /// <summary>The dataset (loaded once; immutable).</summary>
    public static Dataset Create() => Loaded.Value;

    /// <summary>Every partnership id that has an area, the injection one included.</summary>
    public static IReadOnlyList<string> AreaIds => Create().Areas.Select(a => a.PartnershipId).ToList();

    /// <summary>A point well inside the partnership's area (its interior point).</summary>
    public static (double Lat, double Lon) CentreOf(string id)
    {
        var p = Create().Areas.Single(a => a.PartnershipId == id).Geometry.InteriorPoint;
        return (Math.Round(p.Y, 5), Math.Round(p.X, 5));
    }

    /// <summary>The area's estimated accuracy, in whole metres, as the page shows it.</summary>
    public static int AccuracyOf(string id) =>
        (int)Math.Round(Create().Areas.Single(a => a.PartnershipId == id).Provenance.EstimatedAccuracyMetres);

    private static Dataset Load()
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
        var areas = AreaGeoJson.ReadFile(SharedData.RepoPath("geodata", "areas.geojson"))
            .Append(new Area(XssId, Rectangle(XssBox), Provenance())).ToList();
        return new Dataset(1, "geodata/areas.geojson + injection test", partnerships, areas);
    }

    private static NetTopologySuite.Geometries.Polygon Rectangle((double S, double W, double N, double E) b) =>
        Geo.Factory.CreatePolygon(
        [
            new(b.W, b.S), new(b.E, b.S), new(b.E, b.N), new(b.W, b.N), new(b.W, b.S),
        ]);

    private static AreaProvenance Provenance() => new(
        Method: "test-rectangle",
        Basis: "source",
        Network: "test fixture",
        NetworkDate: null,
        NetworkLicence: null,
        StreetsMatched: [],
        Supplements: [],
        GapsBridged: [],
        GapToleranceMetres: 0,
        EstimatedAccuracyMetres: 5,
        Approximate: false,
        BuiltAt: "2026-11-24T00:00:00Z",
        Notes: ["<b>note</b>"]);
}
