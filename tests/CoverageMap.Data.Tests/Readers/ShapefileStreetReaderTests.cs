using System.Text;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Readers;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;

namespace CoverageMap.Data.Tests.Readers;

public sealed class ShapefileStreetReaderTests
{
    private static readonly ShapefileStreetReader Reader = new();
    private static readonly StreetNetworkReaderOptions Zdm = new() { NameField = "LOKALIZ" };
    private static string Rowery => SharedData.Path("geodata", "sources", "zdm-cycle-paths", "rowery.shp");

    /// <summary>
    /// Reference vertices in WGS 84, obtained independently with GDAL 3.6.2 / PROJ (Debian gdal-bin), e.g.
    /// <c>ogr2ogr -f GeoJSON -lco COORDINATE_PRECISION=9 /vsistdout/ rowery.shp -fid 608 -t_srs EPSG:4326 -select LOKALIZ,DZIELNICA</c>,
    /// taking the first and the last vertex. GDAL's FID is 0-based; the reader's SourceId is the 1-based record number.
    /// PROJ used "Inverse of Poland CS2000 zone 7 + ETRF2000-PL to WGS 84 (1)" (a null datum shift).
    /// Records: two in Żoliborz, and the westernmost (Ursus), easternmost (Wesoła), southernmost (Ursynów) and
    /// northernmost (Białołęka) vertices within the city, plus the file's westernmost (Nowy Dwór Mazowiecki).
    /// </summary>
    public static TheoryData<int, string, double, double, double, double> GdalReferences => new()
    {
        { 608, "Krasińskiego", 20.978226641, 52.266571423, 20.984359103, 52.268192606 },
        { 130, "Wybrzeże Gdyńskie", 21.007561353, 52.260564587, 21.006750433, 52.261263643 }, // MultiLineString
        { 1938, "Warszawska", 20.859479293, 52.193369691, 20.857747689, 52.192695019 },
        { 1400, "Rumiankowa", 21.250557007, 52.216684057, 21.250033045, 52.216771734 },
        { 2840, "Las Kabacki", 21.0710453, 52.1015747, 21.0328942, 52.1387449 }, // MultiLineString, 54 parts
        { 2724, "Długorzeczna", 21.02846898, 52.362118477, 21.032429918, 52.357847732 },
        { 3743, "Wojska Polskiego", 20.745514209, 52.416960555, 20.731829117, 52.418986507 },
    };

    [Theory]
    [MemberData(nameof(GdalReferences))]
    public void Zdm_records_land_within_a_metre_of_where_gdal_puts_them(int gdalFid, string name, double firstLon, double firstLat, double lastLon, double lastLat)
    {
        var network = Reader.Read(Rowery, Zdm).Network;

        var line = Assert.Single(network.Lines, l => l.SourceId == (gdalFid + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(name, line.Name);
        var coordinates = line.Geometry.Coordinates;
        Assert.InRange(Geo.DistanceMetres(coordinates[0], new Coordinate(firstLon, firstLat)), 0, 1.0);
        Assert.InRange(Geo.DistanceMetres(coordinates[^1], new Coordinate(lastLon, lastLat)), 0, 1.0);
    }

    [Fact]
    public void Reads_every_zdm_record_with_polish_names_and_the_dbf_date()
    {
        var result = Reader.Read(Rowery, Zdm);

        Assert.Equal(3751, result.FeaturesRead);
        Assert.Equal(12, result.SkippedWithoutName); // LOKALIZ blank in 12 records (checked with ogr2ogr -f CSV)
        Assert.Equal(3739, result.Network.Lines.Count);
        Assert.Equal(0, result.SkippedNotLinear + result.SkippedIncomplete);
        Assert.Equal("rowery.shp (ESRI Shapefile)", result.Network.Source);
        Assert.Equal(new DateOnly(2023, 9, 27), result.Network.SourceDate); // DBF header; ogrinfo: DBF_DATE_LAST_UPDATE=2023-09-27
        Assert.Null(result.Network.Licence);
        Assert.Contains(result.Network.Lines, l => l.Name == "Wybrzeże Gdyńskie");
        Assert.Contains(result.Network.Lines, l => l.Name == "al. Jana Pawła II");
        Assert.DoesNotContain(result.Network.Lines, l => l.Name.Contains('\uFFFD') || l.Name.Contains("Å", StringComparison.Ordinal));
        Assert.All(result.Network.Lines, l =>
        {
            Assert.Same(Geo.Factory, l.Geometry.Factory);
            Assert.True(l.Geometry is LineString or MultiLineString);
            Assert.InRange(l.Geometry.EnvelopeInternal.MinX, 20.7, 21.4);
            Assert.InRange(l.Geometry.EnvelopeInternal.MinY, 52.0, 52.5);
        });
    }

    [Fact]
    public void A_missing_name_field_is_an_error_that_lists_the_fields()
    {
        var error = Assert.Throws<InputProblemException>(() => Reader.Read(Rowery, StreetNetworkReaderOptions.Default));

        Assert.Equal((InputProblem.NetworkNoNameField, "rowery.shp", "name"), (error.Fault.Problem, error.Fault.Facts[0], error.Fault.Facts[1]));
        Assert.Contains("LOKALIZ", error.Fault.Facts[2]);
        Assert.Contains("DZIELNICA", error.Fault.Facts[2]);
    }

    [Fact]
    public void The_dbf_is_decoded_with_the_code_page_an_upper_case_cpg_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempDirectory();
        var shp = WriteCs2000Shapefile(dir, Encoding.GetEncoding(1250));
        foreach (var cpg in Directory.EnumerateFiles(dir.Root, "*.cpg")) File.Delete(cpg);
        ClearLanguageDriver(Path.ChangeExtension(shp, ".dbf")); // only the .CPG says how the names are encoded
        File.WriteAllText(Path.Combine(dir.Root, "ulice.CPG"), "ANSI 1250");

        var line = Assert.Single(Reader.Read(shp, new StreetNetworkReaderOptions { NameField = "NAZWA" }).Network.Lines);

        Assert.Equal("Żwirki i Wigury", line.Name);
        Assert.Equal("1", line.SourceId);
        // Vertex 7504470.708 5793528.0415 is the first of rowery.shp's record 1; GDAL: 21.0655041873552 52.275263910944.
        Assert.InRange(Geo.DistanceMetres(line.Geometry.Coordinates[0], new Coordinate(21.0655041873552, 52.275263910944)), 0, 0.01);
    }

    [Fact]
    public void A_shapefile_without_a_prj_needs_the_source_crs()
    {
        using var dir = new TempDirectory();
        var shp = WriteCs2000Shapefile(dir, Encoding.UTF8);
        var prj = Directory.EnumerateFiles(dir.Root, "*.prj").Single();
        var wkt = File.ReadAllText(prj);
        File.Delete(prj);

        Assert.Equal(InputFault.Of(InputProblem.ShapefileNoPrj, "ulice.shp"),
            Assert.Throws<InputProblemException>(() => Reader.Read(shp, new StreetNetworkReaderOptions { NameField = "NAZWA" })).Fault);
        var line = Assert.Single(Reader.Read(shp, new StreetNetworkReaderOptions { NameField = "NAZWA", SourceCrsWkt = wkt }).Network.Lines);
        Assert.InRange(Geo.DistanceMetres(line.Geometry.Coordinates[0], new Coordinate(21.0655041873552, 52.275263910944)), 0, 0.01);
    }

    [Theory]
    [InlineData("GARBAGE")]
    [InlineData("PROJCS[\"broken\",GEOGCS[")]
    public void An_unreadable_prj_is_reported_as_invalid_data(string prj)
    {
        using var dir = new TempDirectory();
        var shp = WriteCs2000Shapefile(dir, Encoding.UTF8);
        File.WriteAllText(Directory.EnumerateFiles(dir.Root, "*.prj").Single(), prj);

        var error = Assert.Throws<InputProblemException>(() => Reader.Read(shp, new StreetNetworkReaderOptions { NameField = "NAZWA" }));

        Assert.Equal(InputFault.Of(InputProblem.ShapefileCrs, "ulice.prj"), error.Fault);
    }

    [Fact]
    public void A_shapefile_without_its_dbf_or_with_an_unknown_cpg_says_which_file()
    {
        using var dir = new TempDirectory();
        var shp = WriteCs2000Shapefile(dir, Encoding.UTF8);
        File.WriteAllText(Directory.EnumerateFiles(dir.Root, "*.cpg").Single(), "KLINGON-8");
        Assert.Equal(InputFault.Of(InputProblem.ShapefileCpg, "ulice.cpg", "KLINGON-8"),
            Assert.Throws<InputProblemException>(() => Reader.Read(shp, new StreetNetworkReaderOptions { NameField = "NAZWA" })).Fault);

        File.Delete(Path.ChangeExtension(shp, ".dbf"));
        Assert.Equal(InputFault.Of(InputProblem.ShapefileNoDbf, "ulice.shp"),
            Assert.Throws<InputProblemException>(() => Reader.Read(shp, new StreetNetworkReaderOptions { NameField = "NAZWA" })).Fault);
    }

    /// <summary>Writes <c>ulice.shp</c>: one line in EPSG:2178 (the .prj of rowery.shp) named with Polish letters.</summary>
    private static string WriteCs2000Shapefile(TempDirectory dir, Encoding encoding)
    {
        var factory = new GeometryFactory();
        var line = factory.CreateLineString([new Coordinate(7504470.708, 5793528.0415), new Coordinate(7504475.2651, 5793525.9053)]);
        var feature = new Feature(line, new AttributesTable { { "NAZWA", "Żwirki i Wigury" } });
        var shp = dir.File("ulice.shp");
        var prj = File.ReadAllText(Path.ChangeExtension(Rowery, ".prj"));
        Shapefile.WriteAllFeatures([feature], shp, prj, encoding);
        return shp;
    }

    private static void ClearLanguageDriver(string dbfPath)
    {
        using var dbf = File.Open(dbfPath, FileMode.Open, FileAccess.ReadWrite);
        dbf.Position = 29;
        dbf.WriteByte(0);
    }
}
