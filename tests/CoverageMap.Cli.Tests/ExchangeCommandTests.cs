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
        var export = await CliRun.RunGuarded("export", "--db", Db, "--out", path);
        Assert.True(export.Exit == 0, export.Error);
        Assert.Contains($"Version {seeded}: 5 partnerships, 5 areas", export.Output, StringComparison.Ordinal);
        if (file.EndsWith(".shp", StringComparison.Ordinal))
            Assert.All(new[] { ".shx", ".dbf", ".prj", ".cpg" }, e => Assert.True(File.Exists(Path.ChangeExtension(path, e)), e));

        var import = await CliRun.RunGuarded("import-areas", path, "--db", Db, "--apply");
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

        var dry = await CliRun.RunGuarded("import-areas", csv, "--db", Db);
        Assert.True(dry.Exit == 0, dry.Error);
        Assert.Contains("repaired  marymont-kaskada: the polygon was not valid (Self-intersection at latitude 52.275", dry.Output, StringComparison.Ordinal);
        Assert.Contains("completed marymont-kaskada: no partnership record in the file; the active version's is taken", dry.Output, StringComparison.Ordinal);
        // The file is the whole new version, unless --merge keeps the active version's other partnerships.
        Assert.Contains("removed:   dla-zatrasia-i-rudawki, moje-wierzbno, sady-zoliborskie, zoliborz-oficerski", dry.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing written.", dry.Output, StringComparison.Ordinal);
        Assert.Single(await store.ListVersionsAsync());

        var applied = await CliRun.RunGuarded("import-areas", csv, "--db", Db, "--apply", "--merge", "--reason", "granica z warstwy QGIS");
        Assert.True(applied.Exit == 0, applied.Error);
        Assert.Contains("changed:   marymont-kaskada", applied.Output, StringComparison.Ordinal);
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
        var rejected = await CliRun.RunGuarded("import-areas", csv, "--db", Db, "--apply");
        Assert.Equal(CliApp.BadInput, rejected.Exit);
        Assert.Contains("rejected  marymont-kaskada: the geometry is a LineString, not a Polygon or MultiPolygon", rejected.Output, StringComparison.Ordinal);
        Assert.Contains("1 record(s) rejected (above): nothing written.", rejected.Error, StringComparison.Ordinal);
        Assert.Single(await store.ListVersionsAsync());

        var format = await CliRun.RunGuarded("export", "--db", Db, "--out", In("x.txt"));
        Assert.Equal(CliApp.BadInput, format.Exit);
        Assert.Contains("give --format (geojson, gpkg, shp, kml, csv)", format.Error, StringComparison.Ordinal);
        var version = await CliRun.RunGuarded("export", "--db", Db, "--version", "99", "--out", In("x.kml"));
        Assert.Equal(CliApp.BadInput, version.Exit);
        Assert.Contains("There is no dataset version 99", version.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _tmp.Delete(recursive: true); } catch (IOException) { }
    }
}
