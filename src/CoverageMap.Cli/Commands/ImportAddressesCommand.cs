using System.CommandLine;
using CoverageMap.Cli.Localization;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
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

    public static Command Create(CliText t)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = t["AddrFileArgument"],
        };
        var format = new Option<string>("--format")
        {
            Description = t["AddrFormatOption"],
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "prg", "osm", "geojson", "csv");
        var source = new Option<string?>("--source") { Description = t["AddrSourceOption"] };
        var streets = new Option<FileInfo>("--streets")
        {
            Description = t["AddrStreetsOption"],
            DefaultValueFactory = _ => new FileInfo(Path.Combine("geodata", "warsaw-streets", "streets.txt")),
        };
        var teryt = new Option<FileInfo>("--teryt")
        {
            Description = t["AddrTerytOption"],
            DefaultValueFactory = _ => new FileInfo(Path.Combine("geodata", "warsaw-streets", "teryt-short-to-full-names.csv")),
        };
        var outline = new Option<FileInfo?>("--city-outline") { Description = t["AddrOutlineOption"] };
        Option<string> Field(string name, string? value, string what) => new(name)
        {
            Description = t["AddrFieldOption", t["AddrField" + what], value],
            DefaultValueFactory = _ => value ?? "",
        };
        var addressField = Field("--address-field", Defaults.Address, "Address");
        var streetField = Field("--street-field", Defaults.Street, "Street");
        var numberField = Field("--number-field", Defaults.Number, "Number");
        var terytField = Field("--teryt-field", Defaults.TerytId, "Teryt");
        var postcodeField = Field("--postcode-field", Defaults.Postcode, "Postcode");
        var layerField = Field("--layer-field", Defaults.Layer, "Layer");
        var dateField = Field("--date-field", Defaults.SourceDate, "Date");
        var latField = Field("--lat-field", Defaults.Latitude, "Latitude");
        var lonField = Field("--lon-field", Defaults.Longitude, "Longitude");
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var apply = CommonOptions.Apply(t);
        var cmd = new Command("import-addresses", t["AddrDescription"])
        {
            file, format, db, pg, apply, source, streets, teryt, outline,
            addressField, streetField, numberField, terytField, postcodeField, layerField, dateField, latField, lonField,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!.FullName;
            InputFiles.Require(t, path);
            var dryRun = !parse.GetValue(apply);
            var dbPath = StoreLocation.From(parse, db, pg);
            // A dry run writes nothing, not even the schema.
            await using var access = dryRun ? await StoreAccess.ForDryRunAsync(dbPath, t, ct) : await StoreAccess.ForWriteAsync(dbPath, ct);
            var options = access.Options;
            // A file the importers cannot use is an InputProblemException, which the CLI words from the catalogue.
            AddressImportReport report;
            var fileFormat = FormatOf(parse.GetValue(format)!, path);
            if (fileFormat == AddressFileFormat.Auto) fileFormat = AddressImporter.DetectFormat(path);
            if (fileFormat is AddressFileFormat.GeoJson or AddressFileFormat.Csv)
            {
                string? Name(Option<string> o) => string.IsNullOrWhiteSpace(parse.GetValue(o)) ? null : parse.GetValue(o)!.Trim();
                var fields = new AddressFields(Name(addressField), Name(streetField), Name(numberField), Name(terytField), Name(postcodeField),
                    Name(layerField), Name(dateField), Name(latField), Name(lonField));
                if (parse.GetValue(source) is { } name && !AddressTextImporter.IsValidSourceName(name)) throw new InputProblemException(InputProblem.AddressSourceName, name);
                var register = LoadRegister(t, parse.GetValue(streets)!, parse.GetValue(teryt)!);
                var city = parse.GetValue(outline) is { } o ? ReadOutline(t, o) : null;
                report = await new AddressTextImporter(new AddressPointStore(options), register).ImportAsync(path, fileFormat, dryRun,
                    new AddressTextImportOptions(fields, parse.GetValue(source), CityOutline: city), ct);
            }
            else
            {
                report = await new AddressImporter(new AddressPointStore(options)).ImportAsync(path, fileFormat, dryRun, ct: ct);
            }
            await WriteReportAsync(t, output, report);
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

    private static StreetRegister LoadRegister(CliText t, FileInfo streets, FileInfo teryt)
    {
        foreach (var f in new[] { streets, teryt })
            if (!f.Exists)
                throw new CliInputException(t["AddrNoRegister", f.FullName]);
        return StreetRegisterFile.Load(streets.FullName, teryt.FullName);
    }

    private static NetTopologySuite.Geometries.Geometry ReadOutline(CliText t, FileInfo file)
    {
        if (!file.Exists) throw new CliInputException(t["AddrNoOutline", file.FullName]);
        var polygons = NamedPolygons.ReadFile(file.FullName).Values.ToList();
        var outline = polygons.Count == 1 ? polygons[0] : UnaryUnionOp.Union(polygons);
        outline.SRID = Geo.Wgs84;
        return outline;
    }

    /// <summary>The report, every reason and remark said from the importer's codes and facts in the language asked for.</summary>
    private static async Task WriteReportAsync(CliText t, TextWriter output, AddressImportReport r)
    {
        await output.WriteLineAsync(t["AddrRead", t.Count("Records", r.Read), r.Path, r.Format, r.Source]);
        await output.WriteLineAsync(t["AddrAdded", t.Number(r.Added)]);
        await output.WriteLineAsync(t["AddrChanged", t.Number(r.Changed)]);
        foreach (var change in r.ChangedExamples.Take(Examples)) await output.WriteLineAsync(t["AddrExampleChange", change]);
        await output.WriteLineAsync(t["AddrUnchanged", t.Number(r.Unchanged)]);
        if (r.NotesByKind.Count > 0)
        {
            await output.WriteLineAsync(t["AddrNotes"]);
            foreach (var (kind, count) in r.NotesByKind)
            {
                await output.WriteLineAsync($"    {t.Number(count),6}  {t["AddrNote" + kind]}");
                foreach (var n in r.Notes.Where(n => n.Kind == kind).Take(Examples))
                    await output.WriteLineAsync(t["AddrExample", n.SourceId, Example(t, n)]);
            }
        }
        await output.WriteLineAsync(t["AddrSkipped", t.Number(r.SkippedCount)]);
        foreach (var (reason, count) in r.SkippedByReason)
        {
            await output.WriteLineAsync($"    {t.Number(count),6}  {t["AddrSkip" + reason]}");
            foreach (var s in r.Skipped.Where(s => s.Reason == reason).Take(Examples))
                await output.WriteLineAsync(t["AddrExample", s.SourceId, Example(t, s)]);
        }
        if (r.NotInFile > 0) await output.WriteLineAsync(t["AddrNotInFile", t.Number(r.NotInFile), r.Source]);
        await output.WriteLineAsync(r.DryRun ? t["AddrDryRun"] : r.Added + r.Changed == 0 ? t["AddrNothingToWrite"] : t["AddrWritten"]);
    }

    /// <summary>One skipped record for a person: the catalogue's sentence of its reason, the parser's code and the optional facts in words.</summary>
    private static string Example(CliText t, SkippedAddress s)
    {
        var f = s.Facts;
        return s.Reason switch
        {
            AddressSkipReason.Unparsed => Example(t, "AddrSkipExampleUnparsed", [f[0], f[1], t["ParseError" + f[2]] + (f[3].Length > 0 ? ": " + f[3] : "")]),
            AddressSkipReason.UnknownStreet => Example(t, "AddrSkipExampleUnknownStreet", f.Take(3).ToList())
                + (f[3].Length > 0 ? t["AddrSkipExampleNorTeryt", f[3]] : "") + (f[4].Length > 0 ? t["AddrSkipExampleNearMisses", f[4]] : ""),
            _ => Example(t, "AddrSkipExample" + s.Reason, f),
        };
    }

    /// <summary>One remark for a person; the street by its name only when the record gives one.</summary>
    private static string Example(CliText t, AddressImportNote n) => n.Kind == AddressNoteKind.TerytNotInRegister
        ? Example(t, "AddrNoteExampleTerytNotInRegister", n.Facts.Take(3).ToList()) + (n.Facts[3].Length > 0 ? t["AddrNoteExampleByName", n.Facts[3]] : "")
        : Example(t, "AddrNoteExample" + n.Kind, n.Facts);

    private static string Example(CliText t, string key, IReadOnlyList<string> facts) => t[key, [.. facts]];
}
