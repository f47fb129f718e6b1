using System.CommandLine;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Streets;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Importers;
using CoverageMap.Data.Store;
using CoverageMap.Data.Streets;
using NetTopologySuite.Operation.Union;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>import-addresses</c>: load address points into the store's gazetteer: PRG GML, OSM XML or PBF through
/// <see cref="AddressImporter"/>; GeoJSON or CSV points whose address is text or street + number through
/// <see cref="AddressTextImporter"/> (parsed against the street register). Dry run unless <c>--apply</c>; prints what
/// was (or would be) added, changed, left unchanged and skipped, by reason with examples.
/// </summary>
internal static class ImportAddressesCommand
{
    /// <summary>How many skipped records, remarks and changes the report lists per reason.</summary>
    private const int Examples = 3;

    private static readonly AddressFields Defaults = AddressFields.Default;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "The address file: PRG GML (.gml/.xml), OSM XML (.osm), OSM PBF (.osm.pbf), GeoJSON (.geojson/.json) or CSV (.csv).",
        };
        var format = new Option<string>("--format")
        {
            Description = "auto (by the file's extension), prg (PRG GML), osm (OSM XML, or PBF for a .pbf file), geojson or csv.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "prg", "osm", "geojson", "csv");
        var source = new Option<string?>("--source") { Description = "GeoJSON/CSV: the store source of the file's points (default: the file's name, e.g. warsaw-address-points)." };
        var streets = new Option<FileInfo>("--streets")
        {
            Description = "GeoJSON/CSV: the street register's streets.txt.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("geodata", "warsaw-streets", "streets.txt")),
        };
        var teryt = new Option<FileInfo>("--teryt")
        {
            Description = "GeoJSON/CSV: the register's TERYT names and ids (teryt-short-to-full-names.csv).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("geodata", "warsaw-streets", "teryt-short-to-full-names.csv")),
        };
        var outline = new Option<FileInfo?>("--city-outline") { Description = "GeoJSON/CSV: a GeoJSON polygon of the city; points outside it are refused (default: Warsaw's bounding box)." };
        Option<string> Field(string name, string? value, string what) => new(name)
        {
            Description = $"GeoJSON property / CSV column of {what} (\"\" for none; default {value}).",
            DefaultValueFactory = _ => value ?? "",
        };
        var addressField = Field("--address-field", Defaults.Address, "the address as free text");
        var streetField = Field("--street-field", Defaults.Street, "the street name (used with --number-field instead of the text when both are filled)");
        var numberField = Field("--number-field", Defaults.Number, "the house number");
        var terytField = Field("--teryt-field", Defaults.TerytId, "the TERYT ULIC street id");
        var postcodeField = Field("--postcode-field", Defaults.Postcode, "the postcode");
        var layerField = Field("--layer-field", Defaults.Layer, "the layer / data set (stored as provenance)");
        var dateField = Field("--date-field", Defaults.SourceDate, "the source's date (stored as provenance)");
        var latField = Field("--lat-field", Defaults.Latitude, "the latitude (CSV)");
        var lonField = Field("--lon-field", Defaults.Longitude, "the longitude (CSV)");
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var apply = CommonOptions.Apply();
        var cmd = new Command("import-addresses", "Import address points into the gazetteer (dry run unless --apply); idempotent.")
        {
            file, format, db, pg, apply, source, streets, teryt, outline,
            addressField, streetField, numberField, terytField, postcodeField, layerField, dateField, latField, lonField,
        };
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
            var dryRun = !parse.GetValue(apply);
            var dbPath = StoreLocation.From(parse, db, pg);
            // A dry run writes nothing, not even the schema.
            await using var access = dryRun ? await StoreAccess.ForDryRunAsync(dbPath, ct) : await StoreAccess.ForWriteAsync(dbPath, ct);
            var options = access.Options;
            AddressImportReport report;
            try
            {
                var fileFormat = FormatOf(parse.GetValue(format)!, path);
                if (fileFormat == AddressFileFormat.Auto) fileFormat = AddressImporter.DetectFormat(path);
                if (fileFormat is AddressFileFormat.GeoJson or AddressFileFormat.Csv)
                {
                    string? Name(Option<string> o) => string.IsNullOrWhiteSpace(parse.GetValue(o)) ? null : parse.GetValue(o)!.Trim();
                    var fields = new AddressFields(Name(addressField), Name(streetField), Name(numberField), Name(terytField), Name(postcodeField),
                        Name(layerField), Name(dateField), Name(latField), Name(lonField));
                    var register = LoadRegister(parse.GetValue(streets)!, parse.GetValue(teryt)!);
                    var city = parse.GetValue(outline) is { } o ? ReadOutline(o) : null;
                    report = await new AddressTextImporter(new AddressPointStore(options), register).ImportAsync(path, fileFormat, dryRun,
                        new AddressTextImportOptions(fields, parse.GetValue(source), CityOutline: city), ct);
                }
                else
                {
                    report = await new AddressImporter(new AddressPointStore(options)).ImportAsync(path, fileFormat, dryRun, ct: ct);
                }
            }
            catch (Exception e) when (e is ArgumentException or InvalidDataException or FileNotFoundException or FormatException)
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
        "geojson" => AddressFileFormat.GeoJson,
        "csv" => AddressFileFormat.Csv,
        _ => AddressFileFormat.Auto,
    };

    private static StreetRegister LoadRegister(FileInfo streets, FileInfo teryt)
    {
        foreach (var f in new[] { streets, teryt })
            if (!f.Exists)
                throw new FileNotFoundException($"Street register file not found: {f.FullName}. Name the register with --streets and --teryt (e.g. ../shared/geodata/sources/warsaw-streets/streets.txt).", f.FullName);
        return StreetRegisterFile.Load(streets.FullName, teryt.FullName);
    }

    private static NetTopologySuite.Geometries.Geometry ReadOutline(FileInfo file)
    {
        if (!file.Exists) throw new FileNotFoundException($"No such city outline: {file.FullName}", file.FullName);
        var polygons = NamedPolygons.ReadFile(file.FullName).Values.ToList();
        var outline = polygons.Count == 1 ? polygons[0] : UnaryUnionOp.Union(polygons);
        outline.SRID = Geo.Wgs84;
        return outline;
    }

    private static async Task WriteReportAsync(TextWriter output, AddressImportReport r)
    {
        await output.WriteLineAsync($"{r.Read} records read from {r.Path} ({r.Format}, source {r.Source}).");
        await output.WriteLineAsync($"  added:     {r.Added}");
        await output.WriteLineAsync($"  changed:   {r.Changed}");
        foreach (var change in r.ChangedExamples.Take(Examples)) await output.WriteLineAsync($"             e.g. {change}");
        await output.WriteLineAsync($"  unchanged: {r.Unchanged}");
        if (r.NotesByKind.Count > 0)
        {
            await output.WriteLineAsync("  taken with a remark (among the above):");
            foreach (var (kind, count) in r.NotesByKind)
            {
                await output.WriteLineAsync($"    {count,6}  {kind}");
                foreach (var n in r.Notes.Where(n => n.Kind == kind).Take(Examples))
                    await output.WriteLineAsync($"            e.g. {n.SourceId}: {n.Text}");
            }
        }
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
