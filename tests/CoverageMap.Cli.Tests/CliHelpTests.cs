using System.CommandLine;
using CoverageMap.Cli.Localization;

namespace CoverageMap.Cli.Tests;

/// <summary>
/// <c>--help</c> of every command wholly in the language asked for — none of System.CommandLine's own English (or Polish)
/// headings and phrases left — and the parse errors System.CommandLine words itself said in the catalogue's words, pl
/// and en. In process; no files written.
/// </summary>
public sealed class CliHelpTests
{
    /// <summary>Every command of the tree, as the words that name it (<c>""</c> for the root, <c>"keys create"</c>).</summary>
    private static IEnumerable<string> CommandPaths()
    {
        return Paths(CliApp.Create(CliText.Polish), "");

        static IEnumerable<string> Paths(Command command, string path) =>
            command.Subcommands.SelectMany(c => Paths(c, (path + " " + c.Name).Trim())).Prepend(path);
    }

    [Fact]
    public void The_walk_finds_every_command_and_subcommand()
    {
        var commands = CommandPaths().ToList();
        Assert.Contains("", commands);
        Assert.Contains("import-areas", commands);
        Assert.Contains("keys revoke", commands);
        Assert.True(commands.Count >= 15, string.Join(", ", commands));
        // CliHelp writes no section on additional arguments: a command that took them would need one.
        var root = CliApp.Create(CliText.Polish);
        Assert.All(commands, c => Assert.True((c.Length == 0 ? root : Find(root, c)).TreatUnmatchedTokensAsErrors, c));
    }

    // Defect: with CoverageMap__Store__Postgres set, every store command's help printed its connection string, password
    // and all, as the default of --postgres. The variable is read where the store is chosen, never as a default.
    [Fact]
    public void No_help_can_print_the_PostgreSQL_connection_string()
    {
        var root = CliApp.Create(CliText.Polish);
        var postgres = CommandPaths().Where(p => p.Length > 0)
            .Select(p => Find(root, p))
            .SelectMany(c => c.Options).Where(o => o.Name == "--postgres").ToList();

        Assert.True(postgres.Count >= 8, $"only {postgres.Count} commands take --postgres");
        Assert.All(postgres, o => Assert.False(o.HasDefaultValue));
    }

    /// <summary>The command <paramref name="path"/> names below <paramref name="root"/>.</summary>
    private static Command Find(Command root, string path) =>
        path.Split(' ').Aggregate<string, Command>(root, (c, name) => c.Subcommands.Single(s => s.Name == name));

    /// <summary>Every command of the tree in each language.</summary>
    public static TheoryData<string, string> CommandsInEachLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in CommandPaths())
            foreach (var lang in Phrases.Keys) data.Add(command, lang);
        return data;
    }

    /// <summary>Per language: what its help starts with and holds (headings, the help option), and the other language's headings and phrases it must not hold.</summary>
    private static readonly Dictionary<string, (string Start, string[] Own, string[] Foreign)> Phrases = new()
    {
        ["pl"] = ("Opis:\n  ", ["\nUżycie:\n  coveragemap", "\nOpcje:\n", "  -?, -h, --help  ", "Pokaż pomoc i sposób użycia"],
            ["Description:", "Usage:", "Options:", "Arguments:", "Commands:", "default:", "Show help", "Show version", "REQUIRED", "required", "[command]", "[options]"]),
        ["en"] = ("Description:\n  ", ["\nUsage:\n  coveragemap", "\nOptions:\n", "  -?, -h, --help  ", "Show help and usage information"],
            ["Opis:", "Użycie:", "Opcje:", "Argumenty:", "Polecenia:", "domyślnie", "Pokaż", "wymagan", "[polecenie]", "[opcje]"]),
    };

    [Theory]
    [MemberData(nameof(CommandsInEachLanguage))]
    public async Task Help_holds_only_the_words_of_the_language_asked_for(string command, string lang)
    {
        var help = await Help(command, lang);
        var (start, own, foreign) = Phrases[lang];

        Assert.StartsWith(start, help, StringComparison.Ordinal);
        Assert.All(own, phrase => Assert.Contains(phrase, help, StringComparison.Ordinal));
        Assert.All(foreign, phrase => Assert.DoesNotContain(phrase, help, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pl", "[domyślnie: {0}]")]
    [InlineData("en", "[default: {0}]")]
    public async Task A_default_value_is_shown_in_the_language_asked_for_and_a_switch_has_none(string lang, string format)
    {
        var help = await Help("import-areas", lang);

        Assert.Matches(@"\n  --db <db> +\S.* " + Escaped(format, Path.Combine("data", "coveragemap.db")) + "\n", help);
        Assert.Matches(@"\n  --lang <lang> +\S.* " + Escaped(format, lang) + "\n", help);
        var apply = help.Split('\n').Single(l => l.StartsWith("  --apply ", StringComparison.Ordinal));
        Assert.DoesNotContain("[", apply, StringComparison.Ordinal);

        var addresses = await Help("import-addresses", lang);
        Assert.Matches(@"\n  --format <auto\|csv\|geojson\|osm\|prg> +\S.* " + Escaped(format, "auto") + "\n", addresses);
        var batch = await Help("batch", lang);
        Assert.Matches(@"\n  --max-rows <max-rows> +\S.* " + Escaped(format, "100000") + "\n", batch);

        static string Escaped(string format, string value) => System.Text.RegularExpressions.Regex.Escape(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, value));
    }

    [Theory]
    [InlineData("build-areas", "--network <network>", "pl", "(wymagana)")]
    [InlineData("build-areas", "--network <network>", "en", "(required)")]
    [InlineData("export", "--out <out>", "pl", "(wymagana)")]
    [InlineData("keys create", "--name <name>", "en", "(required)")]
    public async Task A_required_option_is_marked_in_the_language_asked_for(string command, string option, string lang, string mark)
    {
        var help = await Help(command, lang);

        Assert.Contains($"\n  {option} {mark}  ", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl", "coveragemap [polecenie] [opcje]", "Polecenia:", "Pokaż wersję programu")]
    [InlineData("en", "coveragemap [command] [options]", "Commands:", "Show version information")]
    public async Task The_roots_help_lists_every_command_with_its_arguments_and_the_version_option(string lang, string usage, string heading, string version)
    {
        var help = await Help("", lang);

        Assert.Contains("\n  " + usage + "\n", help, StringComparison.Ordinal);
        Assert.Matches(@"\n  --version +" + version + "\n", help);
        var commands = help[(help.IndexOf("\n" + heading + "\n", StringComparison.Ordinal) + heading.Length + 2)..].Split('\n')
            .TakeWhile(l => l.Length > 0).Select(l => l.Trim().Split("  ")[0]).ToList();
        Assert.Equal(["versions", "activate <version>", "import", "export", "import-areas <file>", "build-areas", "import-addresses <file>",
            "check-rules", "evaluate-addresses", "batch <input>", "keys"], commands);

        var keys = await Help("keys", lang);
        Assert.Contains("\n  " + usage.Replace("coveragemap", "coveragemap keys", StringComparison.Ordinal) + "\n", keys, StringComparison.Ordinal);
        Assert.Matches(@"\n  revoke <id> +\S", keys);
    }

    [Fact]
    public async Task A_commands_help_keeps_System_CommandLines_layout()
    {
        var db = Path.Combine("data", "coveragemap.db");
        var expected = $"""
            Opis:
              Unieważnij klucz: żądania z jego tokenem są od tej chwili odrzucane.

            Użycie:
              coveragemap keys revoke <id> [opcje]

            Argumenty:
              <id>  Numer klucza (zob. `keys list`).

            Opcje:
              --db <db>              Plik magazynu SQLite (tworzony, gdy go nie ma). [domyślnie: {db}]
              --postgres <postgres>  Magazyn w PostgreSQL + PostGIS (łańcuch połączenia Npgsql) zamiast --db; domyślnie $CoverageMap__Store__Postgres.
              -?, -h, --help         Pokaż pomoc i sposób użycia
              --lang <lang>          Język komunikatów: pl (domyślnie) lub en; bez tej opcji decyduje zmienna COVERAGEMAP_LANG. [domyślnie: pl]


            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), await Help("keys revoke", "pl"));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(100)]
    public void Help_wraps_to_the_width_without_losing_a_word(int width)
    {
        var command = CliApp.Create(CliText.Polish).Subcommands.Single(c => c.Name == "import-addresses");
        var help = new CliHelp(CliText.Polish);
        var wide = new StringWriter();
        var narrow = new StringWriter();

        help.Write(command, wide);
        help.Write(command, narrow, width);

        var lines = narrow.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} > {width}: {l}"));
        Assert.Equal(Letters(wide.ToString()), Letters(narrow.ToString()));   // the columns interleave: the same letters, not in order
        Assert.True(lines.Length > wide.ToString().Split('\n').Length);

        static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Order());
    }

    /// <summary>
    /// A command line System.CommandLine refuses with its own words (a value that is not a number, an option given twice,
    /// a value not among the allowed ones …): Polish as given, English with <c>--lang en</c> before it.
    /// </summary>
    [Theory]
    [InlineData("evaluate-addresses --misses abc",
        "--misses: „abc” nie jest liczbą całkowitą (zob. `coveragemap evaluate-addresses --help`).",
        "--misses: 'abc' is not a whole number (see `coveragemap evaluate-addresses --help`).")]
    [InlineData("evaluate-addresses --inside x",
        "--inside: „x” nie jest liczbą (zob. `coveragemap evaluate-addresses --help`).",
        "--inside: 'x' is not a number (see `coveragemap evaluate-addresses --help`).")]
    [InlineData("activate abc",
        "<version>: „abc” nie jest liczbą całkowitą (zob. `coveragemap activate --help`).",
        "<version>: 'abc' is not a whole number (see `coveragemap activate --help`).")]
    [InlineData("keys revoke 1.5",
        "<id>: „1.5” nie jest liczbą całkowitą (zob. `coveragemap keys revoke --help`).",
        "<id>: '1.5' is not a whole number (see `coveragemap keys revoke --help`).")]
    [InlineData("batch in.csv --max-bytes 99999999999999999999",
        "--max-bytes: liczba 99999999999999999999 jest za duża (zob. `coveragemap batch --help`).",
        "--max-bytes: the number 99999999999999999999 is too large (see `coveragemap batch --help`).")]
    [InlineData("versions --db a.db --db b.db",
        "opcję --db podano więcej niż raz (zob. `coveragemap versions --help`).",
        "the option --db was given more than once (see `coveragemap versions --help`).")]
    [InlineData("batch in.csv -o",
        "opcja -o wymaga wartości (zob. `coveragemap batch --help`).",
        "the option -o needs a value (see `coveragemap batch --help`).")]
    [InlineData("import-addresses in.csv --format xyz",
        "--format: „xyz” nie jest dozwoloną wartością; dozwolone są: auto, csv, geojson, osm, prg (zob. `coveragemap import-addresses --help`).",
        "--format: 'xyz' is not an allowed value; the allowed ones are: auto, csv, geojson, osm, prg (see `coveragemap import-addresses --help`).")]
    [InlineData("export --out <empty>",
        "--out: nie podano nazwy pliku (zob. `coveragemap export --help`).",
        "--out: no file name given (see `coveragemap export --help`).")]
    [InlineData("batch <empty>",
        "<input>: nie podano nazwy pliku (zob. `coveragemap batch --help`).",
        "<input>: no file name given (see `coveragemap batch --help`).")]
    [InlineData("batch @nie-ma-takiego-pliku-argumentow.txt",
        "nie da się odczytać pliku z argumentami „nie-ma-takiego-pliku-argumentow.txt”: słowo zaczynające się od @ wskazuje plik, z którego czytane są dalsze argumenty (zob. `coveragemap batch --help`).",
        "cannot read the file of arguments 'nie-ma-takiego-pliku-argumentow.txt': a word starting with @ names a file the further arguments are read from (see `coveragemap batch --help`).")]
    [InlineData("--version versions",
        "--version należy podać bez innych opcji i poleceń (zob. `coveragemap versions --help`).",
        "--version is given on its own, without other options or commands (see `coveragemap versions --help`).")]
    [InlineData("evaluate-addresses --misses x --inside y",
        "--inside: „y” nie jest liczbą; --misses: „x” nie jest liczbą całkowitą (zob. `coveragemap evaluate-addresses --help`).",
        "--inside: 'y' is not a number; --misses: 'x' is not a whole number (see `coveragemap evaluate-addresses --help`).")]
    public async Task A_parse_error_System_CommandLine_words_itself_is_said_in_the_catalogues_words(string line, string polish, string english)
    {
        var args = line.Split(' ').Select(a => a == "<empty>" ? "" : a).ToArray();

        var pl = await CliRun.RunGuarded(args);
        var en = await CliRun.RunGuarded(["--lang", "en", .. args]);

        Assert.Equal((CliApp.BadInput, "coveragemap: " + polish), (pl.Exit, pl.Error.TrimEnd()));
        Assert.Equal((CliApp.BadInput, "coveragemap: " + english), (en.Exit, en.Error.TrimEnd()));
        Assert.Equal("", pl.Output + en.Output);
    }

    /// <summary>
    /// Every option of every command that takes one value, given twice, given without its value and (a number) given a
    /// word; every number argument given a word: each is the catalogue's sentence for it, never System.CommandLine's.
    /// </summary>
    [Theory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Every_option_and_argument_of_every_command_is_refused_in_the_catalogues_words(string lang)
    {
        var t = lang == "en" ? CliText.English : CliText.Polish;
        var failures = new List<string>();
        var checkedOptions = 0;
        var root = CliApp.Create(t);
        foreach (var path in CommandPaths().Where(p => p.Length > 0))
        {
            var command = Find(root, path);
            if (command.Subcommands.Count > 0) continue;   // keys: a group, nothing of its own to refuse
            string[] Start(Symbol? without, string? argument = null) =>
            [
                "--lang", lang, .. path.Split(' '), .. command.Arguments.Select(a => a == without ? argument! : "1"),
                .. command.Options.Where(o => o.Required && o != without).SelectMany(o => new[] { o.Name, "1" }),
            ];
            foreach (var option in command.Options.Where(o => !o.Hidden && o.Arity is { MinimumNumberOfValues: 1, MaximumNumberOfValues: 1 }))
            {
                checkedOptions++;
                var value = option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).FirstOrDefault() ?? "1";
                await Expect(path, [.. Start(option), option.Name, value, option.Name, value], t["ParseOptionTwice", option.Name]);
                await Expect(path, [.. Start(option), option.Name], t["ParseOptionNoValue", option.Name]);
                if (Number(option.ValueType) is { } key) await Expect(path, [.. Start(option), option.Name, "x"], t[key, option.Name, "x"]);
            }
            foreach (var argument in command.Arguments.Where(a => Number(a.ValueType) is not null))
                await Expect(path, Start(argument, "x"), t[Number(argument.ValueType)!, $"<{argument.Name}>", "x"]);
        }

        Assert.True(checkedOptions > 40, $"only {checkedOptions} options checked");
        Assert.Empty(failures);

        async Task Expect(string path, string[] args, string problem)
        {
            var result = await CliRun.RunGuarded(args);
            var expected = "coveragemap: " + t["ParseHelp", problem, "coveragemap " + path];
            if ((result.Exit, result.Error.TrimEnd()) != (CliApp.BadInput, expected)) failures.Add($"{string.Join(' ', args)} → {result.Exit} {result.Error.TrimEnd()}");
        }

        static string? Number(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var n when n == typeof(int) || n == typeof(long) => "ParseNotWholeNumber",
            var n when n == typeof(double) => "ParseNotNumber",
            _ => null,
        };
    }

    // Defect: System.CommandLine read --gap-tolerance, --inside and --outside by the machine's culture: 2,5 was 25 m on
    // an English or invariant system, and 2.5 an error on a Polish one.
    [Theory]
    [InlineData("pl-PL")]
    [InlineData("en-GB")]
    [InlineData("")]
    public void A_distance_is_read_with_a_decimal_point_or_comma_on_any_machine(string culture)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
        try
        {
            var root = CliApp.Create(CliText.Polish);
            foreach (var (command, name) in new[] { ("build-areas", "--gap-tolerance"), ("evaluate-addresses", "--inside"), ("evaluate-addresses", "--outside") })
            {
                var option = Assert.IsType<Option<double>>(Find(root, command).Options.Single(o => o.Name == name));
                foreach (var (text, metres) in new[] { ("2.5", 2.5), ("2,5", 2.5), ("40", 40.0), ("0", 0.0) })
                    Assert.Equal(metres, root.Parse([command, "--network", "n.geojson", name, text]).GetValue(option));
                Assert.NotEmpty(root.Parse([command, "--network", "n.geojson", name, "1,000.5"]).Errors);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>The help of <paramref name="command"/> in <paramref name="lang"/>, its line ends as <c>\n</c>.</summary>
    private static async Task<string> Help(string command, string lang)
    {
        var result = await CliRun.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", "--lang", lang]);
        Assert.Equal((0, ""), (result.Exit, result.Error));
        return result.Output.ReplaceLineEndings("\n");
    }
}
