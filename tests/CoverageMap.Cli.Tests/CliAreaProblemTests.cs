using System.IO.Compression;

namespace CoverageMap.Cli.Tests;

/// <summary>
/// Bad area files and store versions said in the language asked for, from the one catalogue of input problems: one line
/// on stderr, exit code 2, never the English of the reader that found it. Each test with its own temp folder.
/// </summary>
public sealed class CliAreaProblemTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-area-problems-").FullName;

    private string Db => Path.Combine(_dir, "store.db");

    private async Task<string> FileAsync(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    /// <summary>Imports a file of <paramref name="text"/> named <paramref name="name"/> and expects it refused with <paramref name="expected"/>.</summary>
    private async Task ImportRefusedAsync(string name, string text, string lang, string expected) =>
        Refused(await CliRun.RunGuarded("import-areas", await FileAsync(name, text), "--db", Db, "--lang", lang), expected);

    private static void Refused((int Exit, string Output, string Error) result, string expected)
    {
        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.Equal("coveragemap: " + expected, result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("pl", "feature.geojson: to nie jest GeoJSON FeatureCollection.")]
    [InlineData("en", "feature.geojson: this is not a GeoJSON FeatureCollection.")]
    public Task A_GeoJSON_that_is_not_a_FeatureCollection(string lang, string expected) =>
        ImportRefusedAsync("feature.geojson", """{"type":"Feature","geometry":null,"properties":{}}""", lang, expected);

    [Theory]
    [InlineData("pl", "broken.geojson: to nie jest poprawny JSON (wiersz 2, znak 3).")]
    [InlineData("en", "broken.geojson: this is not valid JSON (line 2, character 3).")]
    public Task A_GeoJSON_that_is_not_JSON_names_the_line(string lang, string expected) =>
        ImportRefusedAsync("broken.geojson", "{\n  ]", lang, expected);

    [Theory]
    [InlineData("pl", "page.kml: to nie jest dokument KML.")]
    [InlineData("en", "page.kml: this is not a KML document.")]
    public Task A_KML_that_is_not_KML(string lang, string expected) =>
        ImportRefusedAsync("page.kml", "<html><body>Mapa</body></html>", lang, expected);

    [Theory]
    [InlineData("pl", "cut.kml: to nie jest poprawny plik XML (wiersz 2, znak 1).")]
    [InlineData("en", "cut.kml: this is not well-formed XML (line 2, character 1).")]
    public Task A_KML_that_is_not_XML_names_the_line(string lang, string expected) =>
        ImportRefusedAsync("cut.kml", "<kml>\n", lang, expected);

    [Theory]
    [InlineData("pl", "areas.csv: brak kolumny partnershipId (kolumny: nazwa, wkt).")]
    [InlineData("en", "areas.csv: there is no partnershipId column (columns: nazwa, wkt).")]
    public Task A_CSV_without_a_partnershipId_column_lists_the_columns_it_has(string lang, string expected) =>
        ImportRefusedAsync("areas.csv", "nazwa,wkt\nKaskada,\n", lang, expected);

    [Theory]
    [InlineData("pl", "layer.zip: archiwum ZIP nie zawiera pliku .shp.")]
    [InlineData("en", "layer.zip: the zip file holds no .shp file.")]
    public async Task A_shapefile_zip_without_a_shp(string lang, string expected)
    {
        var file = Path.Combine(_dir, "layer.zip");
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        await using (var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            await entry.WriteAsync("tylko opis");

        Refused(await CliRun.RunGuarded("import-areas", file, "--db", Db, "--lang", lang), expected);
    }

    [Theory]
    [InlineData("pl", "areas.gpkg: to nie jest plik GeoPackage.")]
    [InlineData("en", "areas.gpkg: this is not a GeoPackage file.")]
    public Task A_GeoPackage_that_is_not_one(string lang, string expected) =>
        ImportRefusedAsync("areas.gpkg", "partnershipId,name,wkt\n", lang, expected);

    [Theory]
    [InlineData("pl", "areas.shp: nie da się odczytać pliku shapefile (brak albo uszkodzenie pliku .shp, .shx lub .dbf).")]
    [InlineData("en", "areas.shp: the shapefile cannot be read (its .shp, .shx or .dbf file is missing or damaged).")]
    public Task A_shapefile_that_cannot_be_read(string lang, string expected) =>
        ImportRefusedAsync("areas.shp", "to nie jest shapefile", lang, expected);

    [Theory]
    [InlineData("pl", "layer.zip: to nie jest poprawne archiwum ZIP.")]
    [InlineData("en", "layer.zip: this is not a readable zip file.")]
    public Task A_zip_that_is_not_a_zip(string lang, string expected) =>
        ImportRefusedAsync("layer.zip", "to nie jest zip", lang, expected);

    [Theory]
    [InlineData("pl", "obszar „Dla Zatrasia i Rudawki” nie jest prawidłowym wielokątem: samoprzecięcie na szerokości 52.275, długości 20.975.")]
    [InlineData("en", "the area “Dla Zatrasia i Rudawki” is not a valid polygon: self-intersection at latitude 52.275, longitude 20.975.")]
    public async Task A_self_intersecting_area_in_the_geodata_folder_says_what_and_where(string lang, string expected)
    {
        var geodata = Directory.CreateDirectory(Path.Combine(_dir, "geodata")).FullName;
        File.Copy(SharedData.RepoPath("geodata", "partnerships.json"), Path.Combine(geodata, "partnerships.json"));
        var areas = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(SharedData.RepoPath("geodata", "areas.geojson")))!;
        areas["features"]![0]!["geometry"] = System.Text.Json.Nodes.JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[20.97,52.27],[20.98,52.28],[20.98,52.27],[20.97,52.28],[20.97,52.27]]]}""");
        await File.WriteAllTextAsync(Path.Combine(geodata, "areas.geojson"), areas.ToJsonString());

        Refused(await CliRun.RunGuarded("import", "--geodata", geodata, "--db", Db, "--lang", lang), "areas.geojson: " + expected);
    }

    [Theory]
    [InlineData("pl", "areas.txt: z rozszerzenia pliku nie wynika, jaki to format; podaj go opcją --format (jeden z: geojson, gpkg, shp, kml, csv).")]
    [InlineData("en", "areas.txt: the file's extension does not say its format; give it with --format (one of: geojson, gpkg, shp, kml, csv).")]
    public Task A_file_whose_extension_says_no_format(string lang, string expected) =>
        ImportRefusedAsync("areas.txt", "partnershipId,name,wkt\n", lang, expected);

    [Theory]
    [InlineData("pl", "Nie ma wersji danych 999 (zob. `versions`).")]
    [InlineData("en", "There is no dataset version 999 (see `versions`).")]
    public async Task Activating_a_version_the_store_does_not_have(string lang, string expected) =>
        Refused(await CliRun.RunGuarded("activate", "999", "--db", Db, "--lang", lang), expected);

    [Theory]
    [InlineData("pl", "Nie ma wersji danych 7 (zob. `versions`).")]
    [InlineData("en", "There is no dataset version 7 (see `versions`).")]
    public async Task Exporting_a_version_the_store_does_not_have(string lang, string expected)
    {
        var created = await CliRun.RunGuarded("activate", "1", "--db", Db);   // makes the store file, which has no version 1 either
        Assert.Equal(CliApp.BadInput, created.Exit);

        Refused(await CliRun.RunGuarded("export", "--db", Db, "--version", "7", "--out", Path.Combine(_dir, "out.geojson"), "--lang", lang), expected);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
