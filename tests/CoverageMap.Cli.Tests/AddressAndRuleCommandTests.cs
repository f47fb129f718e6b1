using System.CommandLine;
using CoverageMap.Cli;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Tests;

/// <summary><c>import-addresses</c> and <c>check-rules</c>, in process, each test with its own temp SQLite file and folder.</summary>
public sealed class AddressAndRuleCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-").FullName;

    private string Db => Path.Combine(_dir, "store.db");

    private static string Fixture(string name) => CliRun.Fixture(name);

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliRun.Run([.. args, "--lang", "en"]);   // the English report; the Polish one is read without --lang

    private Task<IReadOnlyDictionary<string, int>> StoredPoints() => CliRun.StoredPoints(Db);

    [Fact]
    public async Task Import_addresses_is_a_dry_run_by_default_then_writes_with_apply_and_a_second_apply_changes_nothing()
    {
        var gml = Fixture("prg-punkty-adresowe-warszawa.gml");

        var dry = await Run("import-addresses", gml, "--db", Db);

        Assert.Equal(0, dry.Exit);
        Assert.Contains("added:     36", dry.Output);
        Assert.Contains("skipped:   3", dry.Output);
        Assert.Contains("e.g. ", dry.Output); // each skip reason with an example
        Assert.Contains("Dry run: nothing written.", dry.Output);
        Assert.False(File.Exists(Db));   // a dry run writes nothing, not even the schema

        var apply = await Run("import-addresses", gml, "--db", Db, "--apply");

        Assert.Equal(0, apply.Exit);
        Assert.Contains("added:     36", apply.Output);
        Assert.Contains("Written.", apply.Output);
        Assert.Equal(36, (await StoredPoints())["prg"]);

        var again = await Run("import-addresses", gml, "--db", Db, "--apply", "--format", "prg");

        Assert.Equal(0, again.Exit);
        Assert.Contains("added:     0", again.Output);
        Assert.Contains("changed:   0", again.Output);
        Assert.Contains("unchanged: 36", again.Output);
        Assert.Contains("Nothing to write", again.Output);
        Assert.Equal(36, (await StoredPoints())["prg"]);
    }

    [Fact]
    public async Task Import_addresses_reads_osm_pbf_when_told_osm_and_refuses_an_unknown_format()
    {
        var apply = await Run("import-addresses", Fixture("osm-addresses-warszawa.osm.pbf"), "--format", "osm", "--db", Db, "--apply");

        Assert.Equal(0, apply.Exit);
        Assert.Contains("(OsmPbf, source osm)", apply.Output);
        Assert.Equal(36, (await StoredPoints())["osm"]);

        var bad = await CliRun.RunGuarded("import-addresses", Fixture("osm-addresses-warszawa.osm.pbf"), "--format", "shp", "--db", Db);
        Assert.Equal(CliApp.BadInput, bad.Exit);
        Assert.Equal("coveragemap: --format: „shp” nie jest dozwoloną wartością; dozwolone są: auto, csv, geojson, osm, prg (zob. `coveragemap import-addresses --help`).",
            bad.Error.TrimEnd());
    }

    private string Geodata(string? rules)
    {
        var geodata = Path.Combine(_dir, "geodata");
        Directory.CreateDirectory(geodata);
        File.Copy(SharedData.RepoPath("geodata", "partnerships.json"), Path.Combine(geodata, "partnerships.json"));
        File.Copy(SharedData.RepoPath("geodata", "areas.geojson"), Path.Combine(geodata, "areas.geojson"));
        if (rules is not null) File.WriteAllText(Path.Combine(geodata, "street-rules.json"), rules);
        return geodata;
    }

    private const string ConflictingRules = """
        {
          "schema": 1,
          "description": "test",
          "rules": [
            {"id": "a", "street": "Juliusza Słowackiego", "streetId": null, "from": 1, "to": 20, "parity": "all", "partnershipId": "marymont-kaskada", "source": "test", "note": null},
            {"id": "b", "street": "Słowackiego", "streetId": null, "from": 10, "to": 30, "parity": "even", "partnershipId": "sady-zoliborskie", "source": "test", "note": null},
            {"id": "c", "street": "Potocka", "streetId": null, "from": 1, "to": null, "parity": "odd", "partnershipId": "nie-ma-takiego", "source": "test", "note": null}
          ]
        }
        """;

    [Theory]
    [InlineData("pl",
        "3 reguły ulic z ", "; 5 partnerstw; 5 obszarów z ", "(magazyn nie ma aktywnej wersji danych); 0 punktów adresowych.",
        "Reguły, które się nakładają i wskazują różne partnerstwa: 1",
        "  - Juliusza Słowackiego: reguła a (1–20 → Marymont-Kaskada) nakłada się na regułę b (10–30 parzyste → Sady Żoliborskie).",
        "Reguły wskazujące partnerstwo, którego nie ma w rejestrze: 1",
        "  - reguła c (Potocka od 1 do końca nieparzyste) wskazuje partnerstwo „nie-ma-takiego”, którego nie ma w rejestrze.",
        "2 konflikty: popraw street-rules.json (albo obszary) i sprawdź ponownie.")]
    [InlineData("en",
        "3 street rules from ", "; 5 partnerships; 5 areas from ", "(the store has no active dataset); 0 address points.",
        "Rules that overlap and name different partnerships: 1",
        "  - Juliusza Słowackiego: rule a (1–20 → Marymont-Kaskada) overlaps rule b (10–30 even → Sady Żoliborskie).",
        "Rules naming a partnership the registry lacks: 1",
        "  - rule c (Potocka from 1 to the end odd) names partnership 'nie-ma-takiego', which the registry lacks.",
        "2 conflicts: fix street-rules.json (or the areas) and check again.")]
    public async Task Check_rules_exits_1_and_names_each_conflict_of_a_conflicting_rules_file(string lang, params string[] lines)
    {
        var result = await CliRun.Run("check-rules", "--db", Db, "--geodata", Geodata(ConflictingRules), "--lang", lang);

        Assert.Equal(1, result.Exit);
        Assert.All(lines, line => Assert.Contains(line, result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_addresses_reports_in_Polish_by_default()
    {
        var dry = await CliRun.Run("import-addresses", Fixture("prg-punkty-adresowe-warszawa.gml"), "--db", Db);

        Assert.Equal(0, dry.Exit);
        Assert.Contains("  dodane:      36", dry.Output);
        Assert.Contains("  pominięte:   3", dry.Output);
        Assert.Contains("Próba: nic nie zapisano. Uruchom ponownie z --apply, aby zapisać te zmiany.", dry.Output);
    }

    [Fact]
    public async Task Check_rules_on_the_committed_rules_and_the_active_dataset_finds_no_conflict()
    {
        var geodata = Geodata(File.ReadAllText(SharedData.RepoPath("geodata", "street-rules.json")));
        Assert.Equal(0, (await Run("import", "--db", Db, "--geodata", geodata, "--apply", "--activate")).Exit);

        var result = await Run("check-rules", "--db", Db, "--geodata", geodata);

        Assert.Equal(0, result.Exit);
        Assert.Contains("5 areas from the store's active dataset", result.Output);
        Assert.Contains("No conflicts.", result.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
