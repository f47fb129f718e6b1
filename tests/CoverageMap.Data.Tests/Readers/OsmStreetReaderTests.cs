using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Readers;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Readers;

public sealed class OsmStreetReaderTests
{
    private static readonly OsmStreetReader Reader = new();

    public static TheoryData<string, StreetNetworkFormat, string> Files => new()
    {
        { "zoliborz.osm", StreetNetworkFormat.OsmXml, "zoliborz.osm (OSM XML)" },
        { "zoliborz.osm.pbf", StreetNetworkFormat.OsmPbf, "zoliborz.osm.pbf (OSM PBF)" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Named_highways_become_lines_with_their_highway_value_as_kind(string file, StreetNetworkFormat format, string source)
    {
        var result = Reader.Read(Fixtures.Path(file), StreetNetworkReaderOptions.Default);

        Assert.Equal(format, result.Format);
        Assert.Equal(7, result.FeaturesRead);
        Assert.Equal(1, result.SkippedNotStreet);   // the school building
        Assert.Equal(1, result.SkippedWithoutName); // the service road
        Assert.Equal(1, result.SkippedIncomplete);  // Mierosławskiego: one of three nodes in the file
        Assert.Equal(1, result.Truncated);          // Zajączka: node 11 missing
        Assert.Equal(
            [("way/101", "Adama Mickiewicza", "primary"), ("way/102", "Zygmunta Krasińskiego", "secondary"),
             ("way/103", "Juliusza Słowackiego", "primary"), ("way/104", "Generała Józefa Zajączka", "tertiary")],
            result.Network.Lines.Select(l => (l.SourceId, l.Name, l.Kind)));

        var mickiewicza = Assert.IsType<LineString>(result.Network.Lines[0].Geometry);
        Assert.Same(Geo.Factory, mickiewicza.Factory);
        Assert.Equal(4, mickiewicza.NumPoints);
        AssertNear(new Coordinate(20.98467, 52.26883), mickiewicza.Coordinates[0]); // X = longitude
        AssertNear(new Coordinate(20.99297, 52.25966), mickiewicza.Coordinates[3]);
        var zajaczka = result.Network.Lines[3].Geometry;
        Assert.Equal(2, zajaczka.NumPoints);
        AssertNear(new Coordinate(20.9925, 52.2712), zajaczka.Coordinates[1]);

        Assert.Equal(source, result.Network.Source);
        Assert.Equal(new DateOnly(2024, 3, 15), result.Network.SourceDate); // latest timestamp: node 3
        Assert.Equal("© OpenStreetMap contributors, ODbL 1.0", result.Network.Licence);
    }

    [Fact]
    public void Xml_and_pbf_fixtures_give_the_same_network()
    {
        var xml = Reader.Read(Fixtures.Path("zoliborz.osm"), StreetNetworkReaderOptions.Default).Network;
        var pbf = Reader.Read(Fixtures.Path("zoliborz.osm.pbf"), StreetNetworkReaderOptions.Default).Network;

        Assert.Equal(xml.Lines.Count, pbf.Lines.Count);
        foreach (var (a, b) in xml.Lines.Zip(pbf.Lines))
        {
            Assert.Equal((a.Name, a.Kind, a.SourceId), (b.Name, b.Kind, b.SourceId));
            Assert.True(a.Geometry.EqualsExact(b.Geometry, 1e-7), $"{a.Name}: {a.Geometry} vs {b.Geometry}"); // PBF stores 1e-7 degrees
        }
        Assert.Equal(xml.SourceDate, pbf.SourceDate);
    }

    [Fact]
    public void The_name_tag_and_the_highway_values_are_configurable()
    {
        var path = Fixtures.Path("zoliborz.osm");

        var polish = Reader.Read(path, new StreetNetworkReaderOptions { NameField = "name:pl" });
        var primary = Reader.Read(path, new StreetNetworkReaderOptions { Highways = new HashSet<string> { "primary" } });

        Assert.Equal("way/101", Assert.Single(polish.Network.Lines).SourceId);
        Assert.Equal(["Adama Mickiewicza", "Juliusza Słowackiego"], primary.Network.Lines.Select(l => l.Name));
        Assert.Equal(5, primary.SkippedNotStreet);
    }

    [Fact]
    public void A_name_tag_no_highway_has_is_an_error()
    {
        var error = Assert.Throws<InputProblemException>(() =>
            Reader.Read(Fixtures.Path("zoliborz.osm.pbf"), new StreetNetworkReaderOptions { NameField = "nazwa" }));

        Assert.Equal((InputProblem.NetworkNoNameTag, "zoliborz.osm.pbf", "nazwa"), (error.Fault.Problem, error.Fault.Facts[0], error.Fault.Facts[2]));
    }

    [Fact]
    public void A_broken_file_is_reported_as_invalid_data()
    {
        using var dir = new TempDirectory();
        var pbf = dir.Write("broken.osm.pbf", "this is not protobuf at all, just text pretending to be a PBF file");

        var error = Assert.Throws<InputProblemException>(() => Reader.Read(pbf, StreetNetworkReaderOptions.Default));

        Assert.Equal(InputFault.Of(InputProblem.OsmUnreadable, "broken.osm.pbf", "OSM PBF"), error.Fault);
    }

    private static void AssertNear(Coordinate expected, Coordinate actual) =>
        Assert.InRange(Geo.DistanceMetres(expected, actual), 0, 0.05);
}
