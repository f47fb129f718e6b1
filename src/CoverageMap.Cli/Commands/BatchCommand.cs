using System.CommandLine;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Http;
using Spectre.Console;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>batch klienci.xlsx -o wynik.xlsx</c>: the list of addresses checked by the lists engine of the server
/// (<see cref="ListCheck"/>, the same one behind <c>/lista</c> and <c>POST /api/lists/check</c>) over the data of a
/// geodata folder, written as CSV or XLSX by the output's extension (default: the input's name with <c>-wynik</c>, in
/// the input's format) with every original column and Partnerstwo, Pewność, Podstawa, Uwagi added. A progress bar
/// (Spectre.Console) only when standard output is a terminal; the summary in Polish (English with <c>--lang en</c>).
/// The result is written to a temporary file and moved into place when complete: never half a file. Exit codes: 0 the
/// result is written; 1 with <c>--check</c>, written but some rows need attention; 2 bad input (a file that cannot
/// be read or checked, no address column, over a limit), nothing written.
/// </summary>
internal static class BatchCommand
{
    public const int NeedsAttention = 1;

    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "The list: CSV (UTF-8, UTF-8 with BOM, Windows-1250 or ISO-8859-2; ';' or ',') or XLSX, first row the column names." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The result, .csv or .xlsx; default: <input>-wynik with the input's extension." };
        var geodata = CommonOptions.Geodata();
        var address = new Option<string?>("--address") { Description = "The column holding the whole address, by its name (when not recognised)." };
        var street = new Option<string?>("--street") { Description = "The column holding the street (with --number)." };
        var number = new Option<string?>("--number") { Description = "The column holding the house number." };
        var district = new Option<string?>("--district") { Description = "The column holding the district." };
        var lang = new Option<string>("--lang") { Description = "Language of the added columns and the summary: pl or en.", DefaultValueFactory = _ => "pl" };
        lang.AcceptOnlyFromAmong("pl", "en");
        var maxRows = new Option<int>("--max-rows") { Description = "Most rows of a list.", DefaultValueFactory = _ => new ListOptions().MaxRows };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest file, bytes.", DefaultValueFactory = _ => new ListOptions().MaxBytes };
        var check = new Option<bool>("--check") { Description = "Exit 1 when some rows need attention (the result is written all the same)." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each step took (read, load the data, answer, write; wall and CPU time) on stderr." };
        var cmd = new Command("batch", "Check a list of addresses (CSV or XLSX): every row gets its partnership, certainty, basis and notes.")
            { input, output, geodata, address, street, number, district, lang, maxRows, maxBytes, check, timings };
        cmd.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var language = parse.GetValue(lang) == "en" ? ApiLanguage.En : ApiLanguage.Pl;
            var source = parse.GetValue(input)!;
            if (!source.Exists) throw new CliInputException(ListText.Text(language, "CliNoInput", source.FullName));
            var target = parse.GetValue(output) ?? new FileInfo(DefaultOutput(source.FullName, language));
            var format = target.Extension.ToLowerInvariant() switch
            {
                ".csv" or ".txt" => ListFileFormat.Csv,
                ".xlsx" => ListFileFormat.Xlsx,
                _ => throw new CliInputException(ListText.Text(language, "CliOutputFormat", target.Name)),
            };
            var limits = new ListOptions { MaxRows = parse.GetValue(maxRows), MaxBytes = parse.GetValue(maxBytes) };
            if (source.Length > limits.MaxBytes)
                throw new CliInputException(ListText.Text(language, "TooLarge", ListFileReader.Megabytes(language, limits.MaxBytes)) + " " + ListText.Text(language, "CliNoOutput"));

            var choice = new ListColumnChoice(parse.GetValue(address), parse.GetValue(street), parse.GetValue(number), parse.GetValue(district));
            var terminal = !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out);
            var steps = new List<(string Step, TimeSpan Took)>();
            ListResult result;
            try
            {
                result = terminal
                    ? await AnsiConsole.Progress().AutoClear(true).HideCompleted(true).StartAsync(async context =>
                    {
                        var task = context.AddTask(ListText.Text(language, "CliChecking"), maxValue: 1);
                        return await Task.Run(() => Run(parse.GetValue(geodata)!, source, limits, language, choice, target, format, new ProgressTaskReporter(task), steps), ct);
                    })
                    : Run(parse.GetValue(geodata)!, source, limits, language, choice, target, format, null, steps);
            }
            catch (ListFileException e)
            {
                var columns = e.Columns is not null ? " (--address, --street/--number)" : "";
                throw new CliInputException(e.Message + columns + " " + ListText.Text(language, "CliNoOutput"));
            }
            await stdout.WriteAsync(Summary(result, source.Name, target.FullName, language));
            if (parse.GetValue(timings))
                foreach (var (step, took) in steps)
                    await parse.InvocationConfiguration.Error.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{step}: {took.TotalSeconds:0.000} s"));
            return parse.GetValue(check) && result.Summary.AttentionRows > 0 ? NeedsAttention : 0;
        });
        return cmd;
    }

    /// <summary>Loads the data, checks the list and writes the result (to a temporary file, then moved into place).</summary>
    private static ListResult Run(DirectoryInfo geodata, FileInfo source, ListOptions limits, ApiLanguage language, ListColumnChoice choice,
        FileInfo target, ListFileFormat format, ProgressTaskReporter? progress, List<(string Step, TimeSpan Took)> steps)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        void Step(string name)
        {
            process.Refresh();
            steps.Add((string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} (CPU {(process.TotalProcessorTime - cpu).TotalSeconds:0.000} s)"), clock.Elapsed));
            cpu = process.TotalProcessorTime;
            clock.Restart();
        }
        var bytes = File.ReadAllBytes(source.FullName);
        var (table, columns) = ListCheck.Read(bytes, limits, language, choice);
        Step("read the list");
        var data = GeodataAddressData.Load(new Data.Geodata.GeodataFolder(geodata.FullName));
        var lookup = new Server.Features.Lookup.AddressLookupData(data.Register, data.Rules, data.Gazetteer, data.Network);
        var facts = new Server.Features.Lookup.AddressResolverProvider(lookup).Get(new Core.Lookup.ActiveDataset(data.Dataset));
        Step("load the geodata");
        progress?.Start(table.Rows.Count);
        var result = new ListCheck(Server.Localization.AnswerText.Standalone()).Run(table, columns, facts, language, progress);
        Step("answer every row");
        var tmp = target.FullName + ".tmp";
        try
        {
            using (var file = File.Create(tmp))
            {
                if (format == ListFileFormat.Xlsx) ListFileWriter.WriteXlsxAsync(result, file).GetAwaiter().GetResult();
                else ListFileWriter.WriteCsv(result, file);
            }
            File.Move(tmp, target.FullName, overwrite: true);
            Step("write the result");
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
        return result;
    }

    /// <summary><c>klienci.csv</c> → <c>klienci-wynik.csv</c>, beside it.</summary>
    internal static string DefaultOutput(string input, ApiLanguage language) =>
        Path.Combine(Path.GetDirectoryName(input) ?? ".", Path.GetFileNameWithoutExtension(input) + "-" + ListText.Text(language, "ResultSuffix") + Path.GetExtension(input));

    /// <summary>What was read, how it came out per partnership, what needs attention and why, and where it was written.</summary>
    internal static string Summary(ListResult r, string inputName, string written, ApiLanguage lang)
    {
        var t = r.Table;
        var rows = ListText.Count(lang, "Rows", r.Summary.Rows);
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(t.Format == ListFileFormat.Xlsx ? ListText.Text(lang, "CliReadXlsx", inputName, rows)
            : ListText.Text(lang, "CliRead", inputName, rows, ListText.EncodingName(lang, t.Encoding), t.Separator == '\t' ? "tab" : t.Separator.ToString()));
        sb.AppendLine(ListText.Text(lang, "CliColumns", string.Join(" + ", new[] { r.Columns.Address, r.Columns.Street, r.Columns.Number }.Where(i => i >= 0).Select(i => "„" + ListColumns.Name(t.Header, i) + "”"))));
        foreach (var p in r.Summary.Partnerships) sb.AppendLine(ListText.Text(lang, "CliPartnership", p.Name, ListText.Count(lang, "Rows", p.Rows)));
        if (r.Summary.Outside > 0) sb.AppendLine(ListText.Text(lang, "CliOutside", ListText.Count(lang, "Rows", r.Summary.Outside)));
        if (r.Summary.AttentionRows > 0)
        {
            sb.AppendLine(ListText.Text(lang, "CliAttention", ListText.Count(lang, "Rows", r.Summary.AttentionRows)));
            foreach (var a in r.Summary.Attention) sb.AppendLine(ListText.Text(lang, "CliAttentionReason", a.Text, ListText.Count(lang, "Rows", a.Rows)));
        }
        sb.AppendLine(ListText.Text(lang, "CliWritten", written, ListText.Count(lang, "Rows", r.Summary.Rows)));
        return sb.ToString();
    }

    /// <summary>Moves a Spectre.Console progress bar as rows are answered. Thread-safe (the task is).</summary>
    private sealed class ProgressTaskReporter(ProgressTask task) : IProgress<int>
    {
        public void Start(int rows) => task.MaxValue = Math.Max(rows, 1);

        public void Report(int value) => task.Value = value;
    }
}
