using System.CommandLine;
using System.Text;
using CoverageMap.Cli;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Tests;

/// <summary><c>import-addresses</c> on GeoJSON and CSV points with text addresses, in process, each test with its own temp store.</summary>
public sealed class TextAddressCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-points-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "store.db");

    private static string Fixture(string name) => CliRun.Fixture(name);

    private static readonly string[] Register =
        ["--streets", Fixture("warsaw-streets/streets.txt"), "--teryt", Fixture("warsaw-streets/teryt-short-to-full-names.csv")];

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliRun.Run([.. args, "--lang", "en"]);   // the English report; the Polish one is read without --lang

    private Task<IReadOnlyDictionary<string, int>> StoredPoints() => CliRun.StoredPoints(Db);

    [Fact]
    public async Task GeoJson_points_dry_run_then_apply_then_a_second_apply_changes_nothing()
    {
        var file = Fixture("warsaw-address-points-excerpt.geojson");

        var dry = await Run(["import-addresses", file, "--db", Db, .. Register]);

        Assert.Equal(0, dry.Exit);
        Assert.Contains("256 records read", dry.Output);
        Assert.Contains("(GeoJson, source warsaw-address-points-excerpt)", dry.Output);
        Assert.Contains("without a street id: the name is shared by several streets", dry.Output);
        Assert.Contains("     3  outside the city", dry.Output);
        Assert.Contains("unknown street", dry.Output);
        Assert.Contains("e.g. ", dry.Output);
        Assert.Contains("Dry run: nothing written.", dry.Output);
        Assert.False(File.Exists(Db)); // a dry run writes nothing, not even the store's file

        var apply = await Run(["import-addresses", file, "--db", Db, "--apply", "--source", "points-test", .. Register]);
        Assert.Equal(0, apply.Exit);
        Assert.Contains("Written.", apply.Output);
        var stored = (await StoredPoints())["points-test"];
        Assert.InRange(stored, 225, 253);

        var again = await Run(["import-addresses", file, "--db", Db, "--apply", "--source", "points-test", "--format", "geojson", .. Register]);
        Assert.Equal(0, again.Exit);
        Assert.Contains("added:     0", again.Output);
        Assert.Contains("changed:   0", again.Output);
        Assert.Contains($"unchanged: {stored}", again.Output);
        Assert.Contains("Nothing to write", again.Output);
    }

    [Fact]
    public async Task Csv_with_semicolons_a_BOM_and_named_columns()
    {
        var csv = Path.Combine(_dir, "szkoly.csv");
        File.WriteAllText(csv, "szer;dl;ulica;numer;teryt\n52,2690;20,9860;Juliusza Słowackiego;15/19;\n52,2695;20,9870;Zupełnie Nieznana;3;\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = await Run(["import-addresses", csv, "--db", Db, "--apply", "--lat-field", "szer", "--lon-field", "dl",
            "--street-field", "ulica", "--number-field", "numer", "--teryt-field", "teryt", "--address-field", "", .. Register]);

        Assert.Equal(0, run.Exit);
        Assert.Contains("(Csv, source szkoly)", run.Output);
        Assert.Contains("added:     1", run.Output);
        Assert.Contains("     1  unknown street", run.Output);
        Assert.Equal(1, (await StoredPoints())["szkoly"]);
    }

    [Theory]
    [InlineData("pl", "    1  nie jest adresem", ": #4 „plac zabaw”: brak numeru domu", ": #5 „Słowackiego 3”: brak położenia: szerokość „x”, długość „y” to nie dwie liczby",
        ": #3 „Zupełnie Nieznana 3”: w rejestrze nie ma ulicy „Zupełnie Nieznana”", ": #6 „Słowackiego 1”: leży w 50.06000 N 19.94000 E, poza ", "  pominięte:   4")]
    [InlineData("en", "    1  not an address", ": #4 'plac zabaw': no house number", ": #5 'Słowackiego 3': no position: latitude 'x', longitude 'y' are not two numbers",
        ": #3 'Zupełnie Nieznana 3': no street 'Zupełnie Nieznana' in the register", ": #6 'Słowackiego 1': lies at 50.06000 N 19.94000 E, outside ", "  skipped:   4")]
    public async Task Every_skip_is_said_from_the_importers_code_and_facts_in_the_language_asked_for(string lang, params string[] lines)
    {
        var csv = Path.Combine(_dir, "punkty.csv");
        File.WriteAllText(csv, "szer;dl;adres\n52,2690;20,9860;Juliusza Słowackiego 15\n52,2695;20,9870;Zupełnie Nieznana 3\n52,2700;20,9880;plac zabaw\n" +
            "x;y;Słowackiego 3\n50,06;19,94;Słowackiego 1\n", new UTF8Encoding(false));

        var run = await CliRun.Run(["import-addresses", csv, "--db", Db, "--lat-field", "szer", "--lon-field", "dl", "--address-field", "adres", "--lang", lang, .. Register]);

        Assert.Equal(0, run.Exit);
        Assert.All(lines, line => Assert.Contains(line, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_register_or_unknown_columns_exit_2_with_a_message()
    {
        var file = Fixture("warsaw-address-points-excerpt.geojson");

        var noRegister = await CliRun.RunGuarded("import-addresses", file, "--db", Db, "--streets", Path.Combine(_dir, "none.txt"), "--lang", "en");
        Assert.Equal(2, noRegister.Exit);
        Assert.Contains("--streets", noRegister.Error);

        var csv = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(csv, "a,b\n1,2\n");
        var bad = await CliRun.RunGuarded(["import-addresses", csv, "--db", Db, "--lang", "en", .. Register]);
        Assert.Equal(2, bad.Exit);
        Assert.Equal("coveragemap: bad.csv: no latitude/longitude columns \"lat\" and \"lon\"; name the columns that hold them. Columns found (separator \",\"): a, b.", bad.Error.TrimEnd());
        var polish = await CliRun.RunGuarded(["import-addresses", csv, "--db", Db, .. Register]);
        Assert.Equal("coveragemap: bad.csv: nie ma kolumn szerokości i długości „lat” i „lon”; wskaż, które kolumny je zawierają. Znalezione kolumny (separator „,”): a, b.", polish.Error.TrimEnd());

        var source = await CliRun.RunGuarded(["import-addresses", file, "--db", Db, "--source", "prg", .. Register]);
        Assert.Equal((2, "coveragemap: „prg” nie może nazywać źródła: użyj od 1 do 100 małych liter, cyfr, „.”, „-” lub „_” (nie „prg” ani „osm”)."), (source.Exit, source.Error.TrimEnd()));
    }
}
