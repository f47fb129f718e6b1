using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Importers;
using CoverageMap.Data.Store;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Importers;

public sealed class AddressImporterTests : IDisposable
{
    private const string PrgFile = "prg-punkty-adresowe-warszawa.gml";
    private const string TrapFile = "prg-axis-swapped.gml";
    private const string OsmFile = "osm-addresses-warszawa.osm";
    private const string PbfFile = "osm-addresses-warszawa.osm.pbf";

    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-addr-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private async Task<(AddressImporter Importer, AddressPointStore Store)> NewStoreAsync()
    {
        var options = StoreOptions.Sqlite(Path.Combine(_dir, "store.db"));
        await new DatasetStore(options).MigrateAsync();
        var store = new AddressPointStore(options);
        return (new AddressImporter(store), store);
    }

    private static List<(string Id, string Street, string Number, double Lat, double Lon)> Expected() =>
        File.ReadAllLines(Fixture("prg-expected.csv")).Skip(1).Select(l => l.Split(','))
            .Select(f => (f[0], f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();

    [Fact]
    public async Task Prg_import_is_a_dry_run_by_default_and_writes_nothing()
    {
        var (importer, store) = await NewStoreAsync();

        var report = await importer.ImportAsync(Fixture(PrgFile));

        Assert.True(report.DryRun);
        Assert.Equal(AddressFileFormat.PrgGml, report.Format);
        Assert.Equal(39, report.Read);
        Assert.Equal(36, report.Added);
        Assert.Equal(0, report.Unchanged);
        Assert.Empty(await store.CountAsync());
        Assert.Equal(0, (await store.LoadGazetteerAsync()).Count);
    }

    [Fact]
    public async Task Prg_import_reads_northing_first_and_puts_every_point_where_it_was_made()
    {
        var (importer, store) = await NewStoreAsync();

        var report = await importer.ImportAsync(Fixture(PrgFile), dryRun: false);

        Assert.False(report.DryRun);
        Assert.Equal(36, report.Added);
        var gazetteer = await store.LoadGazetteerAsync();
        Assert.Equal(36, gazetteer.Count);
        var byId = gazetteer.Points.ToDictionary(p => p.SourceId);
        foreach (var e in Expected())
        {
            var p = byId[e.Id];
            Assert.Equal(e.Street, p.StreetName);
            Assert.Equal(e.Number, p.HouseNumberText);
            Assert.InRange(Geo.DistanceMetres(new Coordinate(p.Longitude, p.Latitude), new Coordinate(e.Lon, e.Lat)), 0, 1.0);
            Assert.Equal(AddressSources.Prg, p.Source);
        }
    }

    [Fact]
    public async Task Prg_street_ids_come_from_the_komponent_link_also_where_the_point_has_no_street_text()
    {
        var (importer, store) = await NewStoreAsync();
        await importer.ImportAsync(Fixture(PrgFile), dryRun: false);
        var gazetteer = await store.LoadGazetteerAsync();

        Assert.All(gazetteer.Points, p => Assert.False(string.IsNullOrEmpty(p.StreetId)));
        // Point 4 (Słowackiego 8) has no prg-ad:ulica: name and id come from PRG_UlicaNazwa (after the points in the file).
        var eight = Assert.Single(gazetteer.FindByStreetId("20593", Number("8")));
        Assert.Equal("Juliusza Słowackiego", eight.StreetName);
        Assert.Equal("slowackiego", eight.StreetKey);
        var malczewskiego = Assert.Single(gazetteer.Find("malczewskiego", Number("44A")));
        Assert.Equal("44a", malczewskiego.HouseNumberText);
        Assert.Equal("02-612", malczewskiego.Postcode);
        var corner = Assert.Single(gazetteer.Find("slowackiego", Number("15/19")));
        Assert.Equal(15, corner.HouseNumber.Number);
        Assert.Equal(19, corner.HouseNumber.Second);
    }

    [Fact]
    public async Task Prg_import_refuses_archival_numberless_and_out_of_area_points_with_reasons()
    {
        var (importer, _) = await NewStoreAsync();

        var report = await importer.ImportAsync(Fixture(PrgFile));

        Assert.Equal(3, report.SkippedCount);
        Assert.Equal(1, report.SkippedByReason[AddressSkipReason.Archival]);
        Assert.Equal(1, report.SkippedByReason[AddressSkipReason.NoHouseNumber]);
        Assert.Equal(1, report.SkippedByReason[AddressSkipReason.OutsideExpectedArea]);
        var krakow = Assert.Single(report.Skipped, s => s.Reason == AddressSkipReason.OutsideExpectedArea);
        Assert.Contains("Floriańska 1", krakow.Facts[0], StringComparison.Ordinal);
        Assert.StartsWith("50.0", krakow.Facts[1], StringComparison.Ordinal); // Kraków's latitude, read correctly
    }

    [Fact]
    public async Task Axis_order_trap_a_file_written_easting_first_is_refused_and_the_reason_says_why()
    {
        var (importer, store) = await NewStoreAsync();

        var report = await importer.ImportAsync(Fixture(TrapFile), dryRun: false);

        Assert.Equal(0, report.Added);
        Assert.Equal(6, report.SkippedCount);
        Assert.Equal(6, report.SkippedByReason[AddressSkipReason.AxisOrderSwapped]);
        Assert.All(report.Skipped, s => Assert.Equal(AddressSkipReason.AxisOrderSwapped, s.Reason));
        Assert.Empty(await store.CountAsync());
    }

    [Fact]
    public async Task Axis_order_trap_read_easting_first_on_request_lands_in_the_right_place()
    {
        var (importer, store) = await NewStoreAsync();

        var report = await importer.ImportAsync(Fixture(TrapFile), dryRun: false, options: new AddressImportOptions(AxisOrder: AxisOrder.EastingNorthing));

        Assert.Equal(6, report.Added);
        var gazetteer = await store.LoadGazetteerAsync();
        foreach (var e in Expected().Take(6))
        {
            var p = gazetteer.Points.Single(x => x.SourceId == e.Id);
            Assert.InRange(Geo.DistanceMetres(new Coordinate(p.Longitude, p.Latitude), new Coordinate(e.Lon, e.Lat)), 0, 1.0);
        }
    }

    [Fact]
    public async Task Second_import_of_the_same_file_reports_everything_unchanged()
    {
        var (importer, store) = await NewStoreAsync();
        await importer.ImportAsync(Fixture(PrgFile), dryRun: false);

        var again = await importer.ImportAsync(Fixture(PrgFile), dryRun: false);

        Assert.Equal(0, again.Added);
        Assert.Equal(0, again.Changed);
        Assert.Equal(36, again.Unchanged);
        Assert.Equal(0, again.NotInFile);
        Assert.Equal(36, (await store.CountAsync())[AddressSources.Prg]);
    }

    [Fact]
    public async Task A_changed_postcode_is_reported_as_changed_and_written_only_without_dry_run()
    {
        var (importer, store) = await NewStoreAsync();
        await importer.ImportAsync(Fixture(PrgFile), dryRun: false);
        var edited = Path.Combine(_dir, "edited.gml");
        var text = await File.ReadAllTextAsync(Fixture(PrgFile));
        var at = text.IndexOf("<prg-ad:kodPocztowy>02-612</prg-ad:kodPocztowy>", StringComparison.Ordinal);
        await File.WriteAllTextAsync(edited, text[..at] + "<prg-ad:kodPocztowy>02-613</prg-ad:kodPocztowy>" + text[(at + 47)..]);

        var dry = await importer.ImportAsync(edited);
        Assert.Equal(1, dry.Changed);
        Assert.Equal(35, dry.Unchanged);
        Assert.Contains("postcode '02-612' → '02-613'", Assert.Single(dry.ChangedExamples), StringComparison.Ordinal);
        Assert.Equal(0, (await store.LoadGazetteerAsync()).Points.Count(p => p.Postcode == "02-613"));

        var written = await importer.ImportAsync(edited, dryRun: false);
        Assert.Equal(1, written.Changed);
        Assert.Equal(1, (await store.LoadGazetteerAsync()).Points.Count(p => p.Postcode == "02-613"));
    }

    [Theory]
    [InlineData(OsmFile, AddressFileFormat.OsmXml)]
    [InlineData(PbfFile, AddressFileFormat.OsmPbf)]
    public async Task Osm_import_takes_nodes_and_building_centroids_and_refuses_the_rest(string file, AddressFileFormat format)
    {
        var (importer, store) = await NewStoreAsync();

        var report = await importer.ImportAsync(Fixture(file), dryRun: false);

        Assert.Equal(format, report.Format);
        Assert.Equal(AddressSources.Osm, report.Source);
        Assert.Equal(36, report.Added);
        Assert.Equal(2, report.SkippedCount);
        Assert.Equal(1, report.SkippedByReason[AddressSkipReason.NoHouseNumber]);
        Assert.Equal(1, report.SkippedByReason[AddressSkipReason.SeveralNumbers]);
        var gazetteer = await store.LoadGazetteerAsync();
        Assert.Equal(18, gazetteer.Points.Count(p => p.SourceId.StartsWith("way/", StringComparison.Ordinal)));
        foreach (var e in Expected())
        {
            var p = Assert.Single(gazetteer.Find(StreetNameNormalizer.Normalize(e.Street).Key, Number(e.Number)));
            Assert.Null(p.StreetId);
            Assert.InRange(Geo.DistanceMetres(new Coordinate(p.Longitude, p.Latitude), new Coordinate(e.Lon, e.Lat)), 0, 0.5);
        }
        var again = await importer.ImportAsync(Fixture(file), dryRun: false);
        Assert.Equal((0, 0, 36), (again.Added, again.Changed, again.Unchanged));
    }

    [Fact]
    public async Task Osm_xml_and_pbf_give_the_same_points()
    {
        var (importer, store) = await NewStoreAsync();
        await importer.ImportAsync(Fixture(OsmFile), dryRun: false);

        var fromPbf = await importer.ImportAsync(Fixture(PbfFile), dryRun: false);

        Assert.True(fromPbf.Changed == 0, string.Join("\n", fromPbf.ChangedExamples));
        Assert.Equal((0, 0, 36), (fromPbf.Added, fromPbf.Changed, fromPbf.Unchanged));
    }

    [Fact]
    public async Task Prg_and_osm_points_of_one_address_are_both_kept_prg_first()
    {
        var (importer, store) = await NewStoreAsync();
        await importer.ImportAsync(Fixture(OsmFile), dryRun: false);
        await importer.ImportAsync(Fixture(PrgFile), dryRun: false);

        var points = (await store.LoadGazetteerAsync()).Find("malczewskiego", Number("44A"));

        Assert.Equal([AddressSources.Prg, AddressSources.Osm], points.Select(p => p.Source));
    }

    [Theory]
    [InlineData("a.gml", AddressFileFormat.PrgGml)]
    [InlineData("a.xml", AddressFileFormat.PrgGml)]
    [InlineData("mazowieckie-latest.osm.pbf", AddressFileFormat.OsmPbf)]
    [InlineData("x.OSM", AddressFileFormat.OsmXml)]
    [InlineData("warsaw-address-points.geojson", AddressFileFormat.GeoJson)]
    [InlineData("punkty.json", AddressFileFormat.GeoJson)]
    [InlineData("adresy.CSV", AddressFileFormat.Csv)]
    public void Format_is_detected_by_extension(string name, AddressFileFormat expected) =>
        Assert.Equal(expected, AddressImporter.DetectFormat(name));

    [Fact]
    public void Unknown_extension_is_an_error_that_names_the_file()
    {
        var ex = Assert.Throws<InputProblemException>(() => AddressImporter.DetectFormat(Path.Combine("dane", "adresy.shp")));
        Assert.Equal(InputFault.Of(InputProblem.AddressExtension, "adresy.shp"), ex.Fault);
    }

    private static HouseNumber Number(string text) => HouseNumber.TryParse(text, out var n) ? n : throw new ArgumentException(text);
}
