using CoverageMap.Core.Problems;
using CoverageMap.Data.Readers;

namespace CoverageMap.Data.Tests.Readers;

public sealed class StreetNetworkReaderTests
{
    [Theory]
    [InlineData("streets.geojson", StreetNetworkFormat.GeoJson)]
    [InlineData("streets.JSON", StreetNetworkFormat.GeoJson)]
    [InlineData("rowery.shp", StreetNetworkFormat.Shapefile)]
    [InlineData("zoliborz.osm", StreetNetworkFormat.OsmXml)]
    [InlineData("mazowieckie-latest.osm.pbf", StreetNetworkFormat.OsmPbf)]
    [InlineData("extract.pbf", StreetNetworkFormat.OsmPbf)]
    public void The_format_follows_the_extension(string file, StreetNetworkFormat expected) =>
        Assert.Equal(expected, StreetNetworkReader.DetectFormat(Path.Combine("data", file)));

    [Theory]
    [InlineData("streets.csv", InputProblem.NetworkExtension)]
    [InlineData("mazowieckie-latest.osm.bz2", InputProblem.NetworkCompressed)]
    [InlineData("streets.gpkg", InputProblem.NetworkExtension)]
    public void An_unknown_extension_is_not_supported_and_the_fault_says_what_is(string file, InputProblem expected)
    {
        var error = Assert.Throws<InputProblemException>(() => StreetNetworkReader.Open(Path.Combine("dane", file)));

        Assert.Equal(InputFault.Of(expected, file, StreetNetworkReader.SupportedExtensions), error.Fault);
        Assert.Contains(".osm.pbf", StreetNetworkReader.SupportedExtensions);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_full_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => StreetNetworkReader.Open("no-such-streets.geojson"));

        Assert.Contains(Path.GetFullPath("no-such-streets.geojson"), error.Message);
    }

    [Fact]
    public void Opens_each_format_with_its_reader()
    {
        var skeleton = StreetNetworkReader.Open(SharedData.Path("geodata", "streets-skeleton.geojson"));
        var zdm = StreetNetworkReader.Open(SharedData.Path("geodata", "sources", "zdm-cycle-paths", "rowery.shp"), new StreetNetworkReaderOptions { NameField = "LOKALIZ" });
        var xml = StreetNetworkReader.Open(Fixtures.Path("zoliborz.osm"));
        var pbf = StreetNetworkReader.Open(Fixtures.Path("zoliborz.osm.pbf"));

        Assert.Equal((StreetNetworkFormat.GeoJson, 20), (skeleton.Format, skeleton.Network.Lines.Count));
        Assert.Equal((StreetNetworkFormat.Shapefile, 3739), (zdm.Format, zdm.Network.Lines.Count));
        Assert.Equal((StreetNetworkFormat.OsmXml, 4), (xml.Format, xml.Network.Lines.Count));
        Assert.Equal((StreetNetworkFormat.OsmPbf, 4), (pbf.Format, pbf.Network.Lines.Count));
    }
}
