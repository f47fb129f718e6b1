using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoverageMap.Cli.Localization;

namespace CoverageMap.Cli.Tests;

/// <summary>
/// The CLI's language: Polish by default, English with <c>--lang en</c> or <c>COVERAGEMAP_LANG=en</c>, an unknown
/// language refused as bad input; Polish plurals and numbers; the two catalogues hold the same keys and placeholders.
/// Each test with its own temp folder.
/// </summary>
public sealed partial class CliLanguageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-lang-").FullName;

    private string Db => Path.Combine(_dir, "store.db");

    [Theory]
    [InlineData(1, "1 partnerstwo", "1 obszar", "1 wersja", "1 punkt adresowy", "1 rekord")]
    [InlineData(2, "2 partnerstwa", "2 obszary", "2 wersje", "2 punkty adresowe", "2 rekordy")]
    [InlineData(5, "5 partnerstw", "5 obszarów", "5 wersji", "5 punktów adresowych", "5 rekordów")]
    [InlineData(12, "12 partnerstw", "12 obszarów", "12 wersji", "12 punktów adresowych", "12 rekordów")]
    [InlineData(22, "22 partnerstwa", "22 obszary", "22 wersje", "22 punkty adresowe", "22 rekordy")]
    [InlineData(112, "112 partnerstw", "112 obszarów", "112 wersji", "112 punktów adresowych", "112 rekordów")]
    public void Polish_counts_take_the_plural_form_of_their_number(int n, string partnerships, string areas, string versions, string points, string records)
    {
        var t = CliText.Polish;
        Assert.Equal([partnerships, areas, versions, points, records],
            new[] { t.Count("Partnerships", n), t.Count("Areas", n), t.Count("Versions", n), t.Count("AddressPoints", n), t.Count("Records", n) });
    }

    [Theory]
    [InlineData(1, "1 partnership", "1 area", "1 address point")]
    [InlineData(2, "2 partnerships", "2 areas", "2 address points")]
    [InlineData(5, "5 partnerships", "5 areas", "5 address points")]
    [InlineData(12, "12 partnerships", "12 areas", "12 address points")]
    [InlineData(22, "22 partnerships", "22 areas", "22 address points")]
    [InlineData(112, "112 partnerships", "112 areas", "112 address points")]
    public void English_counts_are_one_or_many(int n, string partnerships, string areas, string points)
    {
        var t = CliText.English;
        Assert.Equal([partnerships, areas, points], new[] { t.Count("Partnerships", n), t.Count("Areas", n), t.Count("AddressPoints", n) });
    }

    [Fact]
    public void Numbers_are_written_as_each_language_writes_them()
    {
        Assert.Equal("12\u00A0345 punktów adresowych", CliText.Polish.Count("AddressPoints", 12_345));
        Assert.Equal("12,345 address points", CliText.English.Count("AddressPoints", 12_345));
    }

    [Fact]
    public void The_language_is_the_last_lang_option_else_the_environment_else_Polish()
    {
        Assert.Same(CliText.Polish, CliText.For(["versions"], null));
        Assert.Same(CliText.English, CliText.For(["versions"], "en"));
        Assert.Same(CliText.Polish, CliText.For(["versions", "--lang", "pl"], "en"));
        Assert.Same(CliText.English, CliText.For(["--lang=pl", "versions", "--lang", "EN"], null));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("de")]
    public async Task An_unknown_lang_is_bad_input_in_one_line(string lang)
    {
        var result = await CliRun.RunGuarded("versions", "--db", Db, "--lang", lang);

        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.Equal($"coveragemap: --lang: nieznany język „{lang}”; dostępne są pl (polski, domyślnie) i en (angielski).", result.Error.TrimEnd());
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task COVERAGEMAP_LANG_chooses_the_language_of_the_real_program_and_lang_wins_over_it()
    {
        var english = await Program(new() { [CliText.EnvironmentVariable] = "en" }, "versions", "--db", Db);
        Assert.Equal((CliApp.BadInput, $"coveragemap: There is no store at {Db}: nothing has been imported there yet (the server creates it on first start; `import --apply` too)."),
            (english.Exit, english.Error.TrimEnd()));

        var polish = await Program(new() { [CliText.EnvironmentVariable] = "en" }, "versions", "--db", Db, "--lang", "pl");
        Assert.StartsWith($"coveragemap: Nie ma magazynu w {Db}: nic tam jeszcze nie zaimportowano", polish.Error, StringComparison.Ordinal);

        var unknown = await Program(new() { [CliText.EnvironmentVariable] = "xx" }, "versions", "--db", Db);
        Assert.Equal((CliApp.BadInput, "coveragemap: COVERAGEMAP_LANG: nieznany język „xx”; dostępne są pl (polski, domyślnie) i en (angielski)."),
            (unknown.Exit, unknown.Error.TrimEnd()));
    }

    [Fact]
    public async Task Import_versions_and_activate_speak_Polish_by_default_and_English_on_request()
    {
        var geodata = SharedData.RepoPath("geodata");
        var dry = await CliRun.Run("import", "--db", Db, "--geodata", geodata);
        Assert.Contains("5 partnerstw i 5 obszarów odczytano z ", dry.Output, StringComparison.Ordinal);
        Assert.Contains("  dodane:      Dla Zatrasia i Rudawki, Marymont-Kaskada, Moje Wierzbno, Sady Żoliborskie, Żoliborz Oficerski", dry.Output, StringComparison.Ordinal);
        Assert.Contains("Próba: nic nie zapisano. Uruchom ponownie z --apply, aby zapisać to jako nową nieaktywną wersję.", dry.Output, StringComparison.Ordinal);

        var applied = await CliRun.Run("import", "--db", Db, "--geodata", geodata, "--apply", "--lang", "en");
        Assert.Contains("5 partnerships, 5 areas read from ", applied.Output, StringComparison.Ordinal);
        Assert.Contains("  added:     Dla Zatrasia i Rudawki, Marymont-Kaskada, Moje Wierzbno, Sady Żoliborskie, Żoliborz Oficerski", applied.Output, StringComparison.Ordinal);
        Assert.Contains("Stored as version 1 (inactive).", applied.Output, StringComparison.Ordinal);

        Assert.Contains("   1  ", (await CliRun.Run("versions", "--db", Db)).Output, StringComparison.Ordinal);
        Assert.Contains("5 partnerstw, 5 obszarów", (await CliRun.Run("versions", "--db", Db)).Output, StringComparison.Ordinal);
        Assert.Contains("5 partnerships, 5 areas", (await CliRun.Run("versions", "--db", Db, "--lang", "en")).Output, StringComparison.Ordinal);

        Assert.Equal("Wersja 1 jest teraz aktywna. Działający serwer przejmie ją przy najbliższym przeładowaniu.",
            (await CliRun.Run("activate", "1", "--db", Db)).Output.TrimEnd());
        Assert.Equal("Version 1 is now active. A running server picks it up on its next reload.",
            (await CliRun.Run("activate", "1", "--db", Db, "--lang", "en")).Output.TrimEnd());
        var missing = await CliRun.RunGuarded("activate", "7", "--db", Db, "--lang", "en");
        Assert.Equal((CliApp.BadInput, "coveragemap: There is no dataset version 7 (see `versions`)."), (missing.Exit, missing.Error.TrimEnd()));
    }

    [Theory]
    [InlineData("import --geodata {0} --db {1}")]
    [InlineData("check-rules --geodata {0} --db {1}")]
    [InlineData("build-areas --network {0} --geodata {0}")]
    [InlineData("import-areas {0} --db {1}")]
    [InlineData("import-addresses {0} --db {1}")]
    [InlineData("evaluate-addresses --geodata {0}")]
    public async Task A_missing_input_file_is_named_in_one_line_in_the_language_asked_for(string line)
    {
        var missing = Path.Combine(_dir, "nie-ma");
        var args = line.Split(' ').Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, missing, Db)).ToArray();

        var polish = await CliRun.RunGuarded(args);
        var english = await CliRun.RunGuarded([.. args, "--lang", "en"]);

        Assert.Equal(CliApp.BadInput, polish.Exit);
        Assert.Matches("^coveragemap: Nie ma takiego pliku: " + Regex.Escape(missing) + @"\S*\n$", polish.Error.ReplaceLineEndings("\n"));
        Assert.Matches("^coveragemap: No such file: " + Regex.Escape(missing) + @"\S*\n$", english.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("build-areas", "coveragemap: brak wymaganej opcji --network (zob. `coveragemap build-areas --help`).",
        "coveragemap: the option --network is required (see `coveragemap build-areas --help`).")]
    [InlineData("keys create", "coveragemap: brak wymaganej opcji --name (zob. `coveragemap keys create --help`).",
        "coveragemap: the option --name is required (see `coveragemap keys create --help`).")]
    [InlineData("activate", "coveragemap: brak wymaganego argumentu <version> (zob. `coveragemap activate --help`).",
        "coveragemap: the argument <version> is required (see `coveragemap activate --help`).")]
    [InlineData("keys", "coveragemap: nie podano polecenia (zob. `coveragemap keys --help`).", "coveragemap: no command given (see `coveragemap keys --help`).")]
    [InlineData("versions --bogus", "coveragemap: nie rozumiem: --bogus (zob. `coveragemap versions --help`).",
        "coveragemap: not understood: --bogus (see `coveragemap versions --help`).")]
    public async Task A_command_line_the_parser_refuses_is_one_line_in_the_language_asked_for_and_exit_2(string line, string polish, string english)
    {
        var pl = await CliRun.RunGuarded(line.Split(' '));
        var en = await CliRun.RunGuarded([.. line.Split(' '), "--lang", "en"]);

        Assert.Equal((CliApp.BadInput, polish), (pl.Exit, pl.Error.TrimEnd()));
        Assert.Equal((CliApp.BadInput, english), (en.Exit, en.Error.TrimEnd()));
    }

    [Fact]
    public async Task Build_areas_refuses_a_malformed_box_in_either_language()
    {
        string[] args = ["build-areas", "--network", SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson"), "--geodata", SharedData.RepoPath("geodata"), "--bbox", "1,2"];

        var polish = await CliRun.RunGuarded(args);
        Assert.Equal(CliApp.BadInput, polish.Exit);
        Assert.Contains("nazwanych linii z ", polish.Output, StringComparison.Ordinal);
        Assert.StartsWith("coveragemap: --bbox „1,2”: oczekiwano zachód,południe,wschód,północ w stopniach", polish.Error, StringComparison.Ordinal);

        var english = await CliRun.RunGuarded([.. args, "--lang", "en"]);
        Assert.Contains("named lines read from ", english.Output, StringComparison.Ordinal);
        Assert.StartsWith("coveragemap: --bbox '1,2': expected west,south,east,north in degrees", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_addresses_writes_its_report_in_Polish_by_default_and_in_English_on_request()
    {
        string[] args = ["evaluate-addresses", "--geodata", SharedData.RepoPath("geodata"), "--points", CliRun.Fixture("warsaw-address-points-excerpt.geojson"), "--misses", "3"];

        var polish = await CliRun.Run(args);
        Assert.Equal(0, polish.Exit);
        Assert.StartsWith("# Odpowiedzi adresowe: ocena metodą „bez jednego”", polish.Output, StringComparison.Ordinal);
        Assert.Contains("| | ocenione | dokładnie | trafnie wśród kilku | błędnie | brak |", polish.Output, StringComparison.Ordinal);
        Assert.Matches(@"\| wewnątrz obszaru \| \d+ \| \d+ \(\d+,\d %\)", polish.Output);   // a decimal comma

        var english = await CliRun.Run([.. args, "--lang", "en"]);
        Assert.StartsWith("# Address answers: leave-one-out evaluation", english.Output, StringComparison.Ordinal);
        Assert.Matches(@"\| inside an area \| \d+ \| \d+ \(\d+\.\d %\)", english.Output);
    }

    [Fact]
    public async Task Help_describes_the_commands_and_options_in_the_language_asked_for()
    {
        var polish = await CliRun.Run("versions", "--help");
        Assert.Contains("Wersje danych w magazynie, od najnowszej; * oznacza aktywną.", polish.Output, StringComparison.Ordinal);
        Assert.Contains("Plik magazynu SQLite (tworzony, gdy go nie ma).", polish.Output, StringComparison.Ordinal);
        Assert.Contains("Język komunikatów: pl (domyślnie) lub en", polish.Output, StringComparison.Ordinal);

        var english = await CliRun.Run("versions", "--help", "--lang", "en");
        Assert.Contains("List the dataset versions in the store, newest first; * marks the active one.", english.Output, StringComparison.Ordinal);
        Assert.Contains("SQLite store file (created when missing).", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Polish_and_English_catalogues_hold_the_same_keys_with_the_same_placeholders()
    {
        var folder = SharedData.RepoPath("src", "CoverageMap.Cli", "Resources", "Localization");
        var polish = Entries(Path.Combine(folder, "Cli.resx"));
        var english = Entries(Path.Combine(folder, "Cli.en.resx"));

        Assert.True(polish.Count > 100, $"only {polish.Count} entries read");
        Assert.Equal(polish.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in polish)
            Assert.True(Placeholders(value).SetEquals(Placeholders(english[key])), $"{key}: '{value}' and '{english[key]}' differ in their placeholders");
        foreach (var noun in polish.Keys.Where(k => k.EndsWith("_one", StringComparison.Ordinal)).Select(k => k[..^4]))
            Assert.All(new[] { "_few", "_many" }, form => Assert.Contains(noun + form, polish.Keys));
    }

    private static Dictionary<string, string> Entries(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string format) => [.. PlaceholderPattern().Matches(format).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>Runs the built <c>coveragemap</c> as a process with <paramref name="environment"/> added to its environment.</summary>
    private static async Task<(int Exit, string Output, string Error)> Program(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coveragemap.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
