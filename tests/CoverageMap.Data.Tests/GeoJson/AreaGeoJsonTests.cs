using System.Text;
using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Data.GeoJson;
using NetTopologySuite.Geometries;
using Orientation = NetTopologySuite.Algorithm.Orientation;

namespace CoverageMap.Data.Tests.GeoJson;

public sealed class AreaGeoJsonTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["marymont-kaskada"] = "Marymont-Kaskada",
        ["zoliborz-oficerski"] = "Żoliborz Oficerski",
    };

    [Fact]
    public void Areas_round_trip_with_their_provenance()
    {
        var areas = new[] { Kaskada(), Oficerski() };

        var read = AreaGeoJson.Read(new MemoryStream(Write(areas)));

        Assert.Equal(2, read.Count);
        foreach (var original in areas)
        {
            var back = Assert.Single(read, a => a.PartnershipId == original.PartnershipId);
            Assert.Same(Geo.Factory, back.Geometry.Factory);
            Assert.Equal(Geo.Wgs84, back.Geometry.SRID);
            Assert.Equal(original.Geometry.GeometryType, back.Geometry.GeometryType);
            Assert.True(back.Geometry.EqualsTopologically(original.Geometry) || Hausdorff(back.Geometry, original.Geometry) < 1e-7,
                $"{back.Geometry} differs from {original.Geometry}");
            AssertSameProvenance(original.Provenance, back.Provenance);
        }
    }

    [Fact]
    public void The_file_has_one_feature_per_area_with_id_name_and_camel_case_provenance()
    {
        using var json = JsonDocument.Parse(Write([Oficerski(), Kaskada()]));

        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(["marymont-kaskada", "zoliborz-oficerski"], features.Select(f => f.GetProperty("id").GetString()));
        var properties = features[1].GetProperty("properties");
        Assert.Equal("zoliborz-oficerski", properties.GetProperty("partnershipId").GetString());
        Assert.Equal("Żoliborz Oficerski", properties.GetProperty("name").GetString());
        var provenance = properties.GetProperty("provenance");
        Assert.Equal(
            ["method", "basis", "network", "networkDate", "networkLicence", "streetsMatched", "supplements", "gapsBridged",
             "gapToleranceMetres", "estimatedAccuracyMetres", "approximate", "builtAt", "notes", "findings"],
            provenance.EnumerateObject().Select(p => p.Name));
        var finding = provenance.GetProperty("findings")[1];
        Assert.Equal("faces-dropped", finding.GetProperty("code").GetString());
        Assert.Equal(["8.67", "Gen. Zajączka; Wybrzeże Gdyńskie"], finding.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("Generała Józefa Zajączka", provenance.GetProperty("streetsMatched")[0].GetProperty("matched")[0].GetString());
        Assert.Equal(52.2671, provenance.GetProperty("gapsBridged")[0].GetProperty("fromLat").GetDouble());
        Assert.True(provenance.GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public void Coordinates_are_rounded_to_seven_decimals()
    {
        var text = Encoding.UTF8.GetString(Write([Kaskada()]));

        Assert.Contains("20.9801264", text); // 20.98012635 rounds away from zero
        Assert.Contains("52.2652346", text); // 52.26523456789
        Assert.DoesNotContain("20.98012635", text);
        Assert.DoesNotContain("52.26523456789", text);
    }

    [Fact]
    public void Exterior_rings_are_counter_clockwise_and_holes_clockwise()
    {
        // Both areas are built with a clockwise shell; Oficerski is a MultiPolygon whose first polygon has a counter-clockwise hole.
        Assert.False(Orientation.IsCCW(((Polygon)Kaskada().Geometry).Shell.CoordinateSequence));
        using var json = JsonDocument.Parse(Write([Kaskada(), Oficerski()]));

        var polygons = json.RootElement.GetProperty("features").EnumerateArray()
            .SelectMany(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Polygon"
                ? [f.GetProperty("geometry").GetProperty("coordinates")]
                : f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().ToArray())
            .ToList();

        Assert.Equal(3, polygons.Count);
        foreach (var polygon in polygons)
        {
            var rings = polygon.EnumerateArray().Select(Ring).ToList();
            Assert.True(Orientation.IsCCW(rings[0]), "exterior ring must be counter-clockwise");
            Assert.All(rings.Skip(1), hole => Assert.False(Orientation.IsCCW(hole), "holes must be clockwise"));
        }
        Assert.Equal(2, polygons.Sum(p => p.GetArrayLength()) - polygons.Count + 1); // one hole in all
    }

    [Fact]
    public void The_same_areas_give_a_byte_identical_file_whatever_their_order()
    {
        using var dir = new TempDirectory();
        var first = dir.File("first.geojson");
        var second = dir.File("second.geojson");

        AreaGeoJson.WriteFile(first, [Kaskada(), Oficerski()], Names);
        AreaGeoJson.WriteFile(second, [Oficerski(), Kaskada()], Names);

        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        Assert.NotEqual(0xEF, bytes[0]); // no BOM
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(2, AreaGeoJson.ReadFile(first).Count);
        Assert.False(File.Exists(first + ".tmp"));
    }

    [Fact]
    public void Writing_rejects_missing_names_duplicate_partnerships_and_non_polygons()
    {
        var line = Kaskada() with { Geometry = Geo.Factory.CreateLineString([new Coordinate(21, 52), new Coordinate(21.1, 52.1)]) };

        Assert.Contains("zoliborz-oficerski", Assert.Throws<ArgumentException>(() => Write([Oficerski()], new Dictionary<string, string>())).Message);
        Assert.Contains("Two areas", Assert.Throws<ArgumentException>(() => Write([Kaskada(), Kaskada()])).Message);
        Assert.Contains("LineString", Assert.Throws<ArgumentException>(() => Write([line])).Message);
    }

    [Fact]
    public void Reading_rejects_invalid_polygons_and_features_without_provenance()
    {
        var bowtie = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"x","properties":{"partnershipId":"x","name":"X","provenance":PROV},
             "geometry":{"type":"Polygon","coordinates":[[[21.0,52.0],[21.1,52.1],[21.1,52.0],[21.0,52.1],[21.0,52.0]]]}}]}
            """.Replace("PROV", JsonSerializer.Serialize(Provenance("x"), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }), StringComparison.Ordinal);
        var noProvenance = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"x","properties":{"partnershipId":"x","name":"X"},
             "geometry":{"type":"Polygon","coordinates":[[[21.0,52.0],[21.1,52.0],[21.1,52.1],[21.0,52.0]]]}}]}
            """;

        Assert.Equal(InputFault.Of(InputProblem.AreaInvalidPolygon, "areas", "X", "SelfIntersection", "52.05", "21.05"),
            Assert.Throws<InputProblemException>(() => AreaGeoJson.Read(Utf8(bowtie))).Fault);
        Assert.Equal(InputFault.Of(InputProblem.AreaNoProvenance, "areas", "X"), Assert.Throws<InputProblemException>(() => AreaGeoJson.Read(Utf8(noProvenance))).Fault);
    }

    [Fact]
    public void Reading_names_what_is_not_JSON_not_a_FeatureCollection_a_feature_without_id_and_a_partnership_twice()
    {
        using var written = JsonDocument.Parse(Write([Kaskada()]));
        var kaskada = written.RootElement.GetProperty("features")[0].GetRawText();
        const string Nameless = """{"type":"Feature","properties":{}}""";
        static string Collection(params string[] features) => """{"type":"FeatureCollection","features":[""" + string.Join(",", features) + "]}";
        InputFault Refusal(string json) => Assert.Throws<InputProblemException>(() => AreaGeoJson.Read(Utf8(json))).Fault;

        Assert.Equal(InputFault.Of(InputProblem.NotJson, "areas", "2", "3"), Refusal("{\n  ]"));
        Assert.Equal(InputFault.Of(InputProblem.NotFeatureCollection, "areas"), Refusal(kaskada));
        Assert.Equal(InputFault.Of(InputProblem.AreaNoPartnershipId, "areas", "2"), Refusal(Collection(kaskada, Nameless)));
        Assert.Equal(InputFault.Of(InputProblem.AreaTwice, "areas", "Marymont-Kaskada"), Refusal(Collection(kaskada, kaskada)));
    }

    private static byte[] Write(IReadOnlyList<Area> areas, IReadOnlyDictionary<string, string>? names = null)
    {
        using var stream = new MemoryStream();
        AreaGeoJson.Write(stream, areas, names ?? Names);
        return stream.ToArray();
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static Coordinate[] Ring(JsonElement ring) =>
        ring.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray();

    private static double Hausdorff(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        NetTopologySuite.Algorithm.Distance.DiscreteHausdorffDistance.Distance(a, b);

    /// <summary>A clockwise square-ish polygon with unrounded coordinates.</summary>
    private static Area Kaskada()
    {
        var shell = Geo.Factory.CreateLinearRing(
        [
            new Coordinate(20.98012635, 52.26523456789), new Coordinate(20.9812, 52.2681), new Coordinate(20.9893, 52.2673),
            new Coordinate(20.9880, 52.2641), new Coordinate(20.98012635, 52.26523456789),
        ]);
        return new Area("marymont-kaskada", Geo.Factory.CreatePolygon(shell), Provenance("Mickiewicza"));
    }

    /// <summary>A MultiPolygon: a clockwise shell with a counter-clockwise hole, and a second clockwise polygon.</summary>
    private static Area Oficerski()
    {
        var shell = Geo.Factory.CreateLinearRing(
            [new Coordinate(20.990, 52.270), new Coordinate(20.990, 52.276), new Coordinate(21.000, 52.276), new Coordinate(21.000, 52.270), new Coordinate(20.990, 52.270)]);
        var hole = Geo.Factory.CreateLinearRing(
            [new Coordinate(20.992, 52.272), new Coordinate(20.996, 52.272), new Coordinate(20.996, 52.274), new Coordinate(20.992, 52.274), new Coordinate(20.992, 52.272)]);
        var islet = Geo.Factory.CreateLinearRing(
            [new Coordinate(21.002, 52.270), new Coordinate(21.002, 52.272), new Coordinate(21.004, 52.272), new Coordinate(21.004, 52.270), new Coordinate(21.002, 52.270)]);
        var geometry = Geo.Factory.CreateMultiPolygon([Geo.Factory.CreatePolygon(shell, [hole]), Geo.Factory.CreatePolygon(islet)]);
        return new Area("zoliborz-oficerski", geometry, Provenance("Generała Józefa Zajączka"));
    }

    private static AreaProvenance Provenance(string street) => new(
        Method: "polygonize-bounding-streets",
        Basis: "source",
        Network: "streets-skeleton.geojson (GeoJSON)",
        NetworkDate: null,
        NetworkLicence: "ZDM Warszawa (CC0)",
        StreetsMatched: [new StreetMatchRecord("Gen. Zajączka", [street], true), new StreetMatchRecord("Wybrzeże Gdyńskie", [], false)],
        Supplements: ["Wybrzeże Gdyńskie: the document's list stops at the river"],
        GapsBridged: [new GapRecord("Krasińskiego", "Mickiewicza", 52.2671, 20.9804, 52.2682, 20.9844, 312.5)],
        GapToleranceMetres: 150,
        EstimatedAccuracyMetres: 60.5,
        Approximate: true,
        BuiltAt: "2025-01-02T03:04:05Z",
        Notes: ["granice przybliżone"])
    {
        Findings = [new ProvenanceFinding(ProvenanceFindingCodes.FacesFormed, ["2", "3", "1"]),
            new ProvenanceFinding("faces-dropped", ["8.67", "Gen. Zajączka; Wybrzeże Gdyńskie"])],
    };

    private static void AssertSameProvenance(AreaProvenance expected, AreaProvenance actual)
    {
        Assert.Equal(
            (expected.Method, expected.Basis, expected.Network, expected.NetworkDate, expected.NetworkLicence, expected.GapToleranceMetres,
             expected.EstimatedAccuracyMetres, expected.Approximate, expected.BuiltAt),
            (actual.Method, actual.Basis, actual.Network, actual.NetworkDate, actual.NetworkLicence, actual.GapToleranceMetres,
             actual.EstimatedAccuracyMetres, actual.Approximate, actual.BuiltAt));
        Assert.Equal(expected.Supplements, actual.Supplements);
        Assert.Equal(expected.Notes, actual.Notes);
        Assert.Equal(expected.Findings, actual.Findings);
        Assert.Equal(expected.GapsBridged, actual.GapsBridged);
        Assert.Equal(expected.StreetsMatched.Count, actual.StreetsMatched.Count);
        foreach (var (e, a) in expected.StreetsMatched.Zip(actual.StreetsMatched))
            Assert.Equal((e.Street, e.InSource, string.Join("|", e.Matched)), (a.Street, a.InSource, string.Join("|", a.Matched)));
    }
}
