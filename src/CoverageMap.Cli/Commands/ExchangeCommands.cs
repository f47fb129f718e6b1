using System.CommandLine;
using CoverageMap.Cli.Localization;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Exchange;
using CoverageMap.Data.Store;
using CoverageMap.Server.Localization;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>export</c> and <c>import-areas</c>: a dataset version to and from GeoJSON, GeoPackage, Shapefile, KML or CSV
/// with WKT. The import validates every record (invalid polygons repaired or rejected with the reason), is a dry run
/// unless <c>--apply</c>, and stores a new draft (inactive) version with an audit entry; a rejected record stops it.
/// </summary>
internal static class ExchangeCommands
{
    public static Command Export(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var version = new Option<long?>("--version") { Description = t["ExportVersionOption"] };
        var format = new Option<string?>("--format") { Description = t["ExportFormatOption", string.Join(", ", ExchangeFormats.Names)] };
        var output = new Option<FileInfo>("--out") { Description = t["ExportOutOption"], Required = true };
        var cmd = new Command("export", t["ExportDescription"])
        {
            db, pg, version, format, output,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!.FullName;
            var chosen = FormatOf(t, parse.GetValue(format), path);
            await using var access = await StoreAccess.ReadOnlyAsync(StoreLocation.From(parse, db, pg), t, ct);
            var store = new DatasetStore(access.Options);
            var id = parse.GetValue(version) ?? await store.GetActiveVersionIdAsync(ct)
                ?? throw new CliInputException(t["ExportNoActive"]);
            var dataset = await store.LoadAsync(id, ct) ?? throw DatasetStore.NoSuchVersion(id);
            var files = DatasetExport.WriteFiles(dataset, chosen, path);
            var o = parse.InvocationConfiguration.Output;
            await o.WriteLineAsync(t["ExportWritten", id, t.Count("Partnerships", dataset.Partnerships.Count), t.Count("Areas", dataset.Areas.Count), ExchangeFormats.Names[(int)chosen]]);
            foreach (var f in files) await o.WriteLineAsync("  " + f);
            return 0;
        });
        return cmd;
    }

    public static Command ImportAreas(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var file = new Argument<FileInfo>("file") { Description = t["ImportAreasFileArgument"] };
        var format = new Option<string?>("--format") { Description = t["ImportAreasFormatOption", string.Join(", ", ExchangeFormats.Names)] };
        var apply = CommonOptions.Apply(t);
        var reason = new Option<string?>("--reason") { Description = t["ImportAreasReasonOption"] };
        var merge = new Option<bool>("--merge") { Description = t["ImportAreasMergeOption"] };
        var cmd = new Command("import-areas", t["ImportAreasDescription"])
        {
            db, pg, file, format, apply, reason, merge,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            InputFiles.Require(t, path);
            var chosen = FormatOf(t, parse.GetValue(format), path);
            var doApply = parse.GetValue(apply);
            var o = parse.InvocationConfiguration.Output;
            var location = StoreLocation.From(parse, db, pg);
            await using var access = doApply ? await StoreAccess.ForWriteAsync(location, ct) : await StoreAccess.ForDryRunAsync(location, t, ct);
            var store = new DatasetStore(access.Options);
            var active = await store.LoadActiveAsync(ct);
            var result = ExchangeImport.Read(path, chosen, active, DateTimeOffset.UtcNow);
            var dataset = parse.GetValue(merge) && active is not null ? Merged(active, result.Dataset) : result.Dataset;
            await o.WriteLineAsync(t["ImportAreasRead", t.Count("Records", result.RecordsRead), Path.GetFileName(path), ExchangeFormats.Names[(int)chosen],
                t.Count("Partnerships", dataset.Partnerships.Count), t.Count("Areas", dataset.Areas.Count)]);
            var names = dataset.Partnerships.Concat(active?.Partnerships ?? []).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            foreach (var n in result.Notes) await o.WriteLineAsync("  " + Describe(t, n, names.GetValueOrDefault(n.PartnershipId, n.PartnershipId)));
            if (result.HasRejections)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    "coveragemap: " + t["ImportAreasRejected", t.Count("Records", result.Notes.Count(n => n.Kind == ExchangeNoteKind.Rejected))]);
                return CliApp.BadInput;
            }
            var label = $"import {Path.GetFileName(path)}";
            var report = doApply
                ? await new AuditedChanges(store, access.Options).ImportDraftAsync(dataset, label, "cli", parse.GetValue(reason) ?? label, ct)
                : await store.ImportAsync(dataset, label, dryRun: true, ct, DatasetOrigins.Import);
            foreach (var line in DatasetImportText.Changes(t, report, dataset, active)) await o.WriteLineAsync(line);
            if (report.Unchanged) await o.WriteLineAsync(t["ImportIdentical", report.VersionId]);
            else if (!doApply) await o.WriteLineAsync(t["ImportAreasDryRun"]);
            else await o.WriteLineAsync(t["ImportAreasStored", report.VersionId]);
            return 0;
        });
        return cmd;
    }

    /// <summary>The active version with the file's partnerships and areas in place of its own.</summary>
    private static Core.Areas.Dataset Merged(Core.Areas.Dataset active, Core.Areas.Dataset file)
    {
        var ids = file.Partnerships.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return file with
        {
            Partnerships = [.. active.Partnerships.Where(p => !ids.Contains(p.Id)), .. file.Partnerships],
            Areas = [.. active.Areas.Where(a => !ids.Contains(a.PartnershipId)), .. file.Areas],
        };
    }

    private static ExchangeFormat FormatOf(CliText t, string? name, string path)
    {
        if (name is not null)
            return ExchangeFormats.Parse(name) ?? throw new CliInputException(t["FormatUnknown", string.Join(", ", ExchangeFormats.Names), name]);
        return ExchangeFormats.OfPath(path)
            ?? throw new InputProblemException(InputProblem.AreaFormatNotSaid, Path.GetFileName(path), string.Join(", ", ExchangeFormats.Names));
    }

    /// <summary>A note on one record, the partnership by <paramref name="name"/> (its slug when no record names it).</summary>
    private static string Describe(CliText t, ExchangeNote n, string name) => n.Kind switch
    {
        ExchangeNoteKind.Repaired => t["ExchangeNoteRepaired", name, Fault(t, n.Facts)],
        ExchangeNoteKind.Rejected => t["ExchangeNoteRejected", name, n.Rejection == ExchangeRejection.Unrepairable
            ? t["ExchangeRejectionUnrepairable", Fault(t, n.Facts)] : t[RejectionKey(n), [.. n.Facts]]],
        _ => t["ExchangeNote" + n.Kind, name, n.Facts.FirstOrDefault()],
    };

    /// <summary>The catalogue's key of a rejection: an unreadable record at no field in particular has its own words.</summary>
    private static string RejectionKey(ExchangeNote n) =>
        "ExchangeRejection" + n.Rejection + (n.Rejection is ExchangeRejection.PartnershipUnreadable or ExchangeRejection.ProvenanceUnreadable && n.Facts is [""] ? "Whole" : "");

    /// <summary>What the validator found and where, from the catalogue of input problems: <c>self-intersection at latitude 52.205, longitude 21.005</c>.</summary>
    private static string Fault(CliText t, IReadOnlyList<string> facts) => InputProblemText.PolygonFault(t.Language, facts[0], facts[1], facts[2]);
}
