using System.CommandLine;
using CoverageMap.Data.Importers;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>import-addresses</c>: load address points (PRG GML, OSM XML or PBF) into the store's gazetteer through
/// <see cref="AddressImporter"/>. Dry run unless <c>--apply</c>; prints what was (or would be) added, changed, left
/// unchanged and skipped, by reason with examples.
/// </summary>
internal static class ImportAddressesCommand
{
    /// <summary>How many skipped records and changes the report lists.</summary>
    private const int Examples = 3;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The address file: PRG GML (.gml/.xml), OSM XML (.osm) or OSM PBF (.osm.pbf)." };
        var format = new Option<string>("--format")
        {
            Description = "auto (by the file's extension), prg (PRG GML) or osm (OSM XML, or PBF for a .pbf file).",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "prg", "osm");
        var db = CommonOptions.Database();
        var apply = CommonOptions.Apply();
        var cmd = new Command("import-addresses", "Import address points into the gazetteer (dry run unless --apply); idempotent.") { file, format, db, apply };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"No such file: {path}");
                return 2;
            }
            var doApply = parse.GetValue(apply);
            var dbPath = parse.GetValue(db)!.FullName;
            // A dry run writes nothing, not even the schema.
            await using var access = doApply ? await StoreAccess.ForWriteAsync(dbPath, ct) : await StoreAccess.ForDryRunAsync(dbPath, ct);
            var options = access.Options;
            AddressImportReport report;
            try
            {
                report = await new AddressImporter(new AddressPointStore(options))
                    .ImportAsync(path, FormatOf(parse.GetValue(format)!, path), dryRun: !doApply, ct: ct);
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }
            await WriteReportAsync(output, report);
            return 0;
        });
        return cmd;
    }

    private static AddressFileFormat FormatOf(string format, string path) => format switch
    {
        "prg" => AddressFileFormat.PrgGml,
        "osm" => path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase) ? AddressFileFormat.OsmPbf : AddressFileFormat.OsmXml,
        _ => AddressFileFormat.Auto,
    };

    private static async Task WriteReportAsync(TextWriter output, AddressImportReport r)
    {
        await output.WriteLineAsync($"{r.Read} records read from {r.Path} ({r.Format}, source {r.Source}).");
        await output.WriteLineAsync($"  added:     {r.Added}");
        await output.WriteLineAsync($"  changed:   {r.Changed}");
        foreach (var change in r.ChangedExamples.Take(Examples)) await output.WriteLineAsync($"             e.g. {change}");
        await output.WriteLineAsync($"  unchanged: {r.Unchanged}");
        await output.WriteLineAsync($"  skipped:   {r.SkippedCount}");
        foreach (var (reason, count) in r.SkippedByReason)
        {
            await output.WriteLineAsync($"    {count,6}  {reason}");
            foreach (var s in r.Skipped.Where(s => s.Category == reason).Take(Examples))
                await output.WriteLineAsync($"            e.g. {s.SourceId}: {s.Reason}");
        }
        if (r.NotInFile > 0) await output.WriteLineAsync($"  {r.NotInFile} stored points of source {r.Source} are not in this file; they are kept.");
        await output.WriteLineAsync(r.DryRun
            ? "Dry run: nothing written. Run again with --apply to write these changes."
            : r.Added + r.Changed == 0 ? "Nothing to write: the store already holds these points." : "Written.");
    }
}
