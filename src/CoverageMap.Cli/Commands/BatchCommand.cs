using System.CommandLine;
using CoverageMap.Cli.Localization;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Http;
using Spectre.Console;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>batch klienci.xlsx -o wynik.xlsx</c>: the list of addresses checked by the lists engine of the server
/// (<see cref="ListCheck"/>, the same one behind <c>/lista</c> and <c>POST /api/lists/check</c>) over the data of a
/// geodata folder, written as CSV or XLSX by the output's extension (default: the input's name with <c>-wynik</c>, in
/// the input's format) with every original column and Partnerstwo, Pewność, Podstawa, Uwagi added. A progress bar
/// (Spectre.Console) only when standard output is a terminal; the summary in Polish (English with the global <c>--lang en</c>).
/// The result is written to a temporary file and moved into place when complete: never half a file. Exit codes: 0 the
/// result is written; 1 with <c>--check</c>, written but some rows need attention; 2 bad input (a file that cannot
/// be read or checked, no address column, over a limit), nothing written.
/// </summary>
internal static class BatchCommand
{
    public const int NeedsAttention = 1;

    public static Command Create(CliText t)
    {
        var input = new Argument<FileInfo>("input") { Description = t["BatchInputArgument"] };
        var output = new Option<FileInfo?>("--output", "-o") { Description = t["BatchOutputOption"] };
        var geodata = CommonOptions.Geodata(t);
        var address = new Option<string?>("--address") { Description = t["BatchAddressOption"] };
        var street = new Option<string?>("--street") { Description = t["BatchStreetOption"] };
        var number = new Option<string?>("--number") { Description = t["BatchNumberOption"] };
        var district = new Option<string?>("--district") { Description = t["BatchDistrictOption"] };
        var maxRows = new Option<int>("--max-rows") { Description = t["BatchMaxRowsOption"], DefaultValueFactory = _ => new ListOptions().MaxRows };
        var maxBytes = new Option<long>("--max-bytes") { Description = t["BatchMaxBytesOption"], DefaultValueFactory = _ => new ListOptions().MaxBytes };
        var check = new Option<bool>("--check") { Description = t["BatchCheckOption"] };
        var timings = new Option<bool>("--timings") { Description = t["BatchTimingsOption"] };
        var cmd = new Command("batch", t["BatchDescription"])
            { input, output, geodata, address, street, number, district, maxRows, maxBytes, check, timings };
        cmd.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var language = t.Language;
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
                        return await Task.Run(() => Run(t, parse.GetValue(geodata)!, source, limits, choice, target, format, new ProgressTaskReporter(task), steps), ct);
                    })
                    : Run(t, parse.GetValue(geodata)!, source, limits, choice, target, format, null, steps);
            }
            catch (ListFileException e)
            {
                var columns = e.Columns is not null ? " (--address, --street/--number)" : "";
                throw new CliInputException(e.Message + columns + " " + ListText.Text(language, "CliNoOutput"));
            }
            await stdout.WriteAsync(Summary(result, source.Name, target.FullName, language));
            if (parse.GetValue(timings))
                foreach (var (step, took) in steps)
                    await parse.InvocationConfiguration.Error.WriteLineAsync(t["BatchTiming", step, took.TotalSeconds.ToString("0.000", t.Culture)]);
            return parse.GetValue(check) && result.Summary.AttentionRows > 0 ? NeedsAttention : 0;
        });
        return cmd;
    }

    /// <summary>Loads the data, checks the list and writes the result (to a temporary file, then moved into place).</summary>
    private static ListResult Run(CliText t, DirectoryInfo geodata, FileInfo source, ListOptions limits, ListColumnChoice choice,
        FileInfo target, ListFileFormat format, ProgressTaskReporter? progress, List<(string Step, TimeSpan Took)> steps)
    {
        var language = t.Language;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        void Step(string name)
        {
            process.Refresh();
            steps.Add((t["BatchStep" + name, (process.TotalProcessorTime - cpu).TotalSeconds.ToString("0.000", t.Culture)], clock.Elapsed));
            cpu = process.TotalProcessorTime;
            clock.Restart();
        }
        var bytes = File.ReadAllBytes(source.FullName);
        var (table, columns) = ListCheck.Read(bytes, limits, language, choice);
        Step("Read");
        var data = GeodataAddressData.Load(new Data.Geodata.GeodataFolder(geodata.FullName), t);
        var lookup = new Server.Features.Lookup.AddressLookupData(data.Register, data.Rules, data.Gazetteer, data.Network);
        var facts = new Server.Features.Lookup.AddressResolverProvider(lookup).Get(new Core.Lookup.ActiveDataset(data.Dataset));
        Step("Load");
        progress?.Start(table.Rows.Count);
        var result = new ListCheck(Server.Localization.AnswerText.Standalone()).Run(table, columns, facts, language, progress);
        Step("Answer");
        var tmp = target.FullName + ".tmp";
        try
        {
            using (var file = File.Create(tmp))
            {
                if (format == ListFileFormat.Xlsx) ListFileWriter.WriteXlsxAsync(result, file).GetAwaiter().GetResult();
                else ListFileWriter.WriteCsv(result, file);
            }
            File.Move(tmp, target.FullName, overwrite: true);
            Step("Write");
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
