using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Tests;

/// <summary><c>export</c> and <c>import-areas</c> on a real SQLite store seeded from the project's geodata.</summary>
public sealed class ExchangeCommandTests : IDisposable
{
    private readonly DirectoryInfo _tmp = Directory.CreateTempSubdirectory("coveragemap-cli-exchange-");

    private string Db => In("store.db");

    private string In(string name) => Path.Combine(_tmp.FullName, name);

    private async Task<(DatasetStore Store, long Seeded)> SeededAsync()
    {
        var store = new DatasetStore(StoreOptions.Sqlite(Db));
        await store.MigrateAsync();
        var (report, _) = await GeodataSeeder.SeedAsync(store, new GeodataFolder(SharedData.RepoPath("geodata")));
        return (store, report.VersionId!.Value);
    }

    [Theory]
    [InlineData("areas.geojson")]
    [InlineData("areas.gpkg")]
    [InlineData("areas.shp")]
    [InlineData("areas.zip")]
    [InlineData("areas.kml")]
    [InlineData("areas.csv")]
    public async Task The_active_version_exported_and_imported_again_is_the_same_content(string file)
    {
        var (store, seeded) = await SeededAsync();
        var path = In(file);
        var export = await En("export", "--db", Db, "--out", path);
        Assert.True(export.Exit == 0, export.Error);
        Assert.Contains($"Version {seeded}: 5 partnerships, 5 areas", export.Output, StringComparison.Ordinal);
        if (file.EndsWith(".shp", StringComparison.Ordinal))
            Assert.All(new[] { ".shx", ".dbf", ".prj", ".cpg" }, e => Assert.True(File.Exists(Path.ChangeExtension(path, e)), e));

        var import = await En("import-areas", path, "--db", Db, "--apply");
        Assert.True(import.Exit == 0, import.Error);
        Assert.Contains("5 records read", import.Output, StringComparison.Ordinal);
        Assert.Contains($"Identical content is already stored as version {seeded}; nothing written.", import.Output, StringComparison.Ordinal);
        Assert.Single(await store.ListVersionsAsync());
    }

    [Fact]
    public async Task A_csv_drawn_elsewhere_is_a_dry_run_until_applied_then_a_repaired_draft_with_its_audit_entry()
    {
        var (store, seeded) = await SeededAsync();
        var csv = In("qgis.csv");
        await File.WriteAllTextAsync(csv, "partnershipId,name,wkt\n" +
            "marymont-kaskada,,\"POLYGON ((20.97 52.27, 20.98 52.28, 20.98 52.27, 20.97 52.28, 20.97 52.27))\"\n");

        var dry = await En("import-areas", csv, "--db", Db);
        Assert.True(dry.Exit == 0, dry.Error);
        Assert.Contains("repaired  Marymont-Kaskada: the polygon was not valid (self-intersection at latitude 52.275", dry.Output, StringComparison.Ordinal);
        Assert.Contains("completed Marymont-Kaskada: no partnership record in the file; the active version's is taken", dry.Output, StringComparison.Ordinal);
        // The file is the whole new version, unless --merge keeps the active version's other partnerships.
        Assert.Contains("removed:   Dla Zatrasia i Rudawki, Moje Wierzbno, Sady Żoliborskie, Żoliborz Oficerski", dry.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing written.", dry.Output, StringComparison.Ordinal);
        Assert.Single(await store.ListVersionsAsync());

        var applied = await En("import-areas", csv, "--db", Db, "--apply", "--merge", "--reason", "granica z warstwy QGIS");
        Assert.True(applied.Exit == 0, applied.Error);
        Assert.Contains("changed:   Marymont-Kaskada", applied.Output, StringComparison.Ordinal);
        Assert.Contains("removed:   -", applied.Output, StringComparison.Ordinal);
        var draft = (await store.ListVersionsAsync()).First();
        Assert.NotEqual(seeded, draft.Id);
        Assert.False(draft.IsActive);
        Assert.Equal(DatasetOrigins.Import, draft.Origin);
        Assert.Equal(5, draft.Areas);
        Assert.Equal(seeded, await store.GetActiveVersionIdAsync());
        var audit = await new AuditedChanges(store, StoreOptions.Sqlite(Db)).ListAsync();
        Assert.Contains(audit, a => a.Action == AuditActions.Imported && a.Actor == "cli" && a.VersionId == draft.Id && a.Reason == "granica z warstwy QGIS");
    }

    [Fact]
    public async Task A_rejected_record_writes_nothing_and_a_bad_format_is_one_line()
    {
        var (store, _) = await SeededAsync();
        var csv = In("bad.csv");
        await File.WriteAllTextAsync(csv, "partnershipId,wkt\nmarymont-kaskada,\"LINESTRING (20.97 52.27, 20.98 52.28)\"\n");
        var rejected = await En("import-areas", csv, "--db", Db, "--apply");
        Assert.Equal(CliApp.BadInput, rejected.Exit);
        Assert.Contains("rejected  Marymont-Kaskada: the geometry is a LineString, not a Polygon or MultiPolygon", rejected.Output, StringComparison.Ordinal);
        Assert.Contains("rejected: 1 record (above); nothing written.", rejected.Error, StringComparison.Ordinal);
        Assert.Single(await store.ListVersionsAsync());

        var format = await En("export", "--db", Db, "--out", In("x.txt"));
        Assert.Equal(CliApp.BadInput, format.Exit);
        Assert.Contains("give it with --format (one of: geojson, gpkg, shp, kml, csv)", format.Error, StringComparison.Ordinal);
        var version = await En("export", "--db", Db, "--version", "99", "--out", In("x.kml"));
        Assert.Equal(CliApp.BadInput, version.Exit);
        Assert.Contains("There is no dataset version 99 (see `versions`).", version.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_and_import_areas_report_in_Polish_by_default()
    {
        var (_, seeded) = await SeededAsync();
        var path = In("obszary.geojson");

        var export = await CliRun.RunGuarded("export", "--db", Db, "--out", path);
        Assert.Equal(0, export.Exit);
        Assert.Contains($"Wersja {seeded}: 5 partnerstw i 5 obszarów zapisano jako geojson:", export.Output, StringComparison.Ordinal);

        var import = await CliRun.RunGuarded("import-areas", path, "--db", Db);
        Assert.Equal(0, import.Exit);
        Assert.Contains("Odczytano 5 rekordów z obszary.geojson (geojson); nowa wersja: 5 partnerstw, 5 obszarów.", import.Output, StringComparison.Ordinal);
        Assert.Contains("  bez zmian:   Dla Zatrasia i Rudawki, Marymont-Kaskada, Moje Wierzbno, Sady Żoliborskie, Żoliborz Oficerski", import.Output, StringComparison.Ordinal);
        Assert.Contains($"Identyczna treść jest już zapisana jako wersja {seeded}; nic nie zapisano.", import.Output, StringComparison.Ordinal);

        var version = await CliRun.RunGuarded("export", "--db", Db, "--version", "99", "--out", In("x.kml"));
        Assert.Equal("coveragemap: Nie ma wersji danych 99 (zob. `versions`).", version.Error.TrimEnd());

        var csv = In("zla.csv");
        await File.WriteAllTextAsync(csv, "partnershipId,wkt\nmarymont-kaskada,\"LINESTRING (20.97 52.27, 20.98 52.28)\"\n");
        var rejected = await CliRun.RunGuarded("import-areas", csv, "--db", Db, "--apply");
        Assert.Equal(CliApp.BadInput, rejected.Exit);
        Assert.Contains("  odrzucono    Marymont-Kaskada: geometria to LineString, nie Polygon ani MultiPolygon", rejected.Output, StringComparison.Ordinal);
        Assert.Equal("coveragemap: odrzucono: 1 rekord (powyżej); nic nie zapisano. Popraw je i uruchom ponownie.", rejected.Error.TrimEnd());
    }

    /// <summary>The command in English (the Polish report is read without --lang).</summary>
    private static Task<(int Exit, string Output, string Error)> En(params string[] args) => CliRun.RunGuarded([.. args, "--lang", "en"]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _tmp.Delete(recursive: true); } catch (IOException) { }
    }
}
