namespace CoverageMap.Cli.Tests;

/// <summary>
/// Street networks, street registers, address files and API keys a command cannot use, said in the language asked for
/// from the one catalogue of input problems: one line on stderr, exit code 2, the file named, never the English of the
/// code that found it. Each test with its own temp folder.
/// </summary>
public sealed class CliStreetProblemTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-street-problems-").FullName;

    private string Db => Path.Combine(_dir, "store.db");

    private static readonly string[] Register =
        ["--streets", CliRun.Fixture("warsaw-streets/streets.txt"), "--teryt", CliRun.Fixture("warsaw-streets/teryt-short-to-full-names.csv")];

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertSays(string expected, (int Exit, string Output, string Error) run)
    {
        Assert.Equal(CliApp.BadInput, run.Exit);
        Assert.Equal("coveragemap: " + expected, run.Error.TrimEnd());
    }

    /// <summary>Runs <paramref name="run"/> with <c>--lang pl</c> and <c>--lang en</c>; each says its sentence.</summary>
    private static async Task InBothLanguages(string polish, string english, Func<string, Task<(int Exit, string Output, string Error)>> run)
    {
        AssertSays(polish, await run("pl"));
        AssertSays(english, await run("en"));
    }

    /// <summary>Street networks <c>build-areas --network</c> cannot use: the file's name, its text, the Polish and the English sentence.</summary>
    [Theory]
    [InlineData("ulice.geojson", "{\n  ]",
        "ulice.geojson: to nie jest poprawny JSON (wiersz 2, znak 3).",
        "ulice.geojson: this is not valid JSON (line 2, character 3).")]
    [InlineData("linia.geojson", Line,
        "linia.geojson: to nie jest GeoJSON FeatureCollection.",
        "linia.geojson: this is not a GeoJSON FeatureCollection.")]
    [InlineData("cs2000.geojson", Cs2000,
        "cs2000.geojson: plik podaje układ współrzędnych „urn:ogc:def:crs:EPSG::2178”, a GeoJSON musi być w WGS 84 (długość i szerokość geograficzna); przelicz go, np. ogr2ogr -t_srs EPSG:4326.",
        "cs2000.geojson: the file declares the coordinate system \"urn:ogc:def:crs:EPSG::2178\", but GeoJSON must be WGS 84 longitude/latitude; reproject it, e.g. ogr2ogr -t_srs EPSG:4326.")]
    [InlineData("ulice.shp", "",
        "ulice.shp: obok pliku nie ma pliku .dbf o tej samej nazwie, a to w nim są nazwy ulic.",
        "ulice.shp: there is no .dbf of the same name beside it, and the street names are in the .dbf.")]
    [InlineData("ulice.gpkg", "SQLite format 3",
        "ulice.gpkg: nie da się rozpoznać formatu sieci ulic po rozszerzeniu pliku; obsługiwane: .geojson, .json, .shp, .osm, .osm.pbf, .pbf.",
        "ulice.gpkg: the format of the street network cannot be told from the file's extension; supported: .geojson, .json, .shp, .osm, .osm.pbf, .pbf.")]
    [InlineData("zepsuty.osm.pbf", NotPbf,
        "zepsuty.osm.pbf: pliku nie da się odczytać jako OSM PBF; jest uszkodzony albo ma inny format, niż mówi rozszerzenie.",
        "zepsuty.osm.pbf: the file cannot be read as OSM PBF; it is damaged or in another format than its extension says.")]
    public async Task A_street_network_that_cannot_be_used(string file, string text, string polish, string english)
    {
        var geodata = Directory.CreateDirectory(Path.Combine(_dir, "geodata")).FullName;
        File.Copy(SharedData.RepoPath("geodata", "partnerships.json"), Path.Combine(geodata, "partnerships.json"));
        var network = Write(file, text);

        await InBothLanguages(polish, english, lang => CliRun.RunGuarded("build-areas", "--network", network, "--geodata", geodata, "--lang", lang));
        Assert.False(File.Exists(Path.Combine(geodata, "build-report.md")));
    }

    /// <summary>Address files <c>import-addresses</c> cannot use (a dry run): the file's name, its text, the Polish and the English sentence.</summary>
    [Theory]
    [InlineData("punkty.gml", NoPrgPoints,
        "punkty.gml: w pliku nie ma punktów adresowych PRG (prg-ad:PRG_PunktAdresowy); czy to na pewno plik GML punktów adresowych z PRG?",
        "punkty.gml: the file has no PRG address points (prg-ad:PRG_PunktAdresowy); is it a PRG address-point GML?")]
    [InlineData("punkty.gml", "<a>\n  </b>",
        "punkty.gml: to nie jest poprawny XML (wiersz 2, znak 5).",
        "punkty.gml: this is not well-formed XML (line 2, character 5).")]
    [InlineData("szkoly.csv", BrokenCsv,
        "szkoly.csv: pliku nie da się odczytać jako CSV (wiersz 3); sprawdź cudzysłowy i separatory w tym wierszu.",
        "szkoly.csv: the file cannot be read as CSV (line 3); check the quotes and separators on that line.")]
    [InlineData("puste.csv", "",
        "puste.csv: plik jest pusty; pierwszy wiersz pliku CSV musi zawierać nazwy kolumn.",
        "puste.csv: the file is empty; the first line of a CSV file must name its columns.")]
    [InlineData("adresy.txt", "Dolna 3",
        "adresy.txt: nie da się rozpoznać formatu pliku adresów po rozszerzeniu; użyj .gml/.xml (PRG), .osm albo .osm.pbf, .geojson/.json albo .csv lub wskaż format wprost.",
        "adresy.txt: the format of the address file cannot be told from its extension; use .gml/.xml (PRG), .osm or .osm.pbf, .geojson/.json or .csv, or name the format.")]
    [InlineData("adresy.osm.pbf", NotPbf,
        "adresy.osm.pbf: pliku nie da się odczytać jako OSM PBF; jest uszkodzony albo ma inny format, niż mówi rozszerzenie.",
        "adresy.osm.pbf: the file cannot be read as OSM PBF; it is damaged or in another format than its extension says.")]
    public async Task An_address_file_that_cannot_be_used(string file, string text, string polish, string english)
    {
        var path = Write(file, text);

        await InBothLanguages(polish, english, lang => CliRun.RunGuarded(["import-addresses", path, "--db", Db, "--lang", lang, .. Register]));
        Assert.False(File.Exists(Db));
    }

    private const string Line = """{"type":"LineString","coordinates":[[21.0,52.2],[21.1,52.3]]}""";

    private const string Cs2000 = """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2178"}},"features":[]}""";

    private const string NotPbf = "this is not protobuf at all, just text pretending to be a PBF file";

    private const string NoPrgPoints = """<?xml version="1.0" encoding="UTF-8"?><gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2"/>""";

    private const string BrokenCsv = "lat,lon,address\n52.27,20.99,Słowackiego 3\n52.28,\"21.0\"x,Krasińskiego 5\n";

    [Fact]
    public Task A_bad_source_name() => InBothLanguages(
        "„Moje Źródło” nie może nazywać źródła: użyj od 1 do 100 małych liter, cyfr, „.”, „-” lub „_” (nie „prg” ani „osm”).",
        "\"Moje Źródło\" cannot name a source: use 1–100 lower-case letters, digits, \".\", \"-\" or \"_\" (not \"prg\" or \"osm\").",
        lang => CliRun.RunGuarded(["import-addresses", CliRun.Fixture("warsaw-address-points-excerpt.geojson"), "--db", Db,
            "--source", "Moje Źródło", "--lang", lang, .. Register]));

    [Fact]
    public async Task A_street_register_line_without_its_three_parts()
    {
        var streets = Write("streets.txt", "Ulica Dolna/Mokotów/Sielce\nUlica Krucza/Śródmieście\n");
        var teryt = Write("teryt.csv", "simc,ulic,short,full\n");

        await InBothLanguages(
            "streets.txt, wiersz 2: oczekiwano „rodzaj nazwa/dzielnice/obszary”, a jest „Ulica Krucza/Śródmieście”.",
            "streets.txt, line 2: expected \"type name/districts/areas\", found \"Ulica Krucza/Śródmieście\".",
            lang => CliRun.RunGuarded("import-addresses", CliRun.Fixture("warsaw-address-points-excerpt.geojson"), "--db", Db,
                "--streets", streets, "--teryt", teryt, "--lang", lang));
    }

    /// <summary>Keys <c>keys create</c> refuses before the store is opened (so not created): name, scopes, the Polish and the English sentence.</summary>
    [Theory]
    [InlineData(LongName, "edit",
        "Nazwa klucza musi mieć od 1 do 200 znaków.",
        "A key's name must have 1–200 characters.")]
    [InlineData("   ", "edit",
        "Nazwa klucza musi mieć od 1 do 200 znaków.",
        "A key's name must have 1–200 characters.")]
    [InlineData("Anna Kowalska", "edit,admin",
        "Klucz może mieć tylko uprawnienia: edit, activate; nieznane: admin.",
        "A key can only have the scopes: edit, activate; unknown: admin.")]
    [InlineData("Anna Kowalska", ",",
        "Klucz musi mieć co najmniej jedno z uprawnień: edit, activate.",
        "A key needs at least one of the scopes: edit, activate.")]
    public async Task A_key_that_cannot_be_created(string name, string scopes, string polish, string english)
    {
        await InBothLanguages(polish, english, lang => CliRun.RunGuarded("keys", "create", "--db", Db, "--name", name, "--scopes", scopes, "--lang", lang));
        Assert.False(File.Exists(Db));
    }

    /// <summary>201 characters, one more than a key's name may have.</summary>
    private const string LongName = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
