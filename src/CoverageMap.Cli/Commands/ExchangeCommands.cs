using System.CommandLine;
using CoverageMap.Data.Exchange;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>export</c> and <c>import-areas</c>: a dataset version to and from GeoJSON, GeoPackage, Shapefile, KML or CSV
/// with WKT. The import validates every record (invalid polygons repaired or rejected with the reason), is a dry run
/// unless <c>--apply</c>, and stores a new draft (inactive) version with an audit entry; a rejected record stops it.
/// </summary>
internal static class ExchangeCommands
{
    public static Command Export()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var version = new Option<long?>("--version") { Description = "The version to export (see `versions`); default: the active one." };
        var format = new Option<string?>("--format") { Description = $"One of {string.Join(", ", ExchangeFormats.Names)}; default: what --out's extension says." };
        var output = new Option<FileInfo>("--out") { Description = "The file to write (a shapefile: its .shp, with .shx, .dbf, .prj and .cpg beside it; or a .zip of them).", Required = true };
        var cmd = new Command("export", "Export a dataset version's partnerships and areas as GeoJSON, GeoPackage, Shapefile, KML or CSV with WKT. Opens the store read-only.")
        {
            db, pg, version, format, output,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!.FullName;
            var chosen = FormatOf(parse.GetValue(format), path);
            await using var access = await StoreAccess.ReadOnlyAsync(StoreLocation.From(parse, db, pg), ct);
            var store = new DatasetStore(access.Options);
            var id = parse.GetValue(version) ?? await store.GetActiveVersionIdAsync(ct)
                ?? throw new CliInputException("The store has no active version; name one with --version (see `versions`).");
            var dataset = await store.LoadAsync(id, ct) ?? throw new CliInputException($"There is no dataset version {id} (see `versions`).");
            var files = DatasetExport.WriteFiles(dataset, chosen, path);
            var o = parse.InvocationConfiguration.Output;
            await o.WriteLineAsync($"Version {id}: {dataset.Partnerships.Count} partnerships, {dataset.Areas.Count} areas written as {ExchangeFormats.Names[(int)chosen]}:");
            foreach (var f in files) await o.WriteLineAsync("  " + f);
            return 0;
        });
        return cmd;
    }

    public static Command ImportAreas()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var file = new Argument<FileInfo>("file") { Description = "The file to import (.geojson, .gpkg, .shp or a .zip of a shapefile, .kml, .csv)." };
        var format = new Option<string?>("--format") { Description = $"One of {string.Join(", ", ExchangeFormats.Names)}; default: what the extension says." };
        var apply = CommonOptions.Apply();
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit log and /api/versions (default: the file's name)." };
        var merge = new Option<bool>("--merge") { Description = "Keep the active version's partnerships and areas the file does not name (default: the file is the whole new version)." };
        var cmd = new Command("import-areas", "Import partnerships and areas from GeoJSON, GeoPackage, Shapefile, KML or CSV with WKT as a new draft (inactive) " +
            "version: every record validated, invalid polygons repaired or rejected with the reason; a record without a partnership record takes the " +
            "active version's. Dry run unless --apply; nothing is written while a record is rejected.")
        {
            db, pg, file, format, apply, reason, merge,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var chosen = FormatOf(parse.GetValue(format), path);
            var doApply = parse.GetValue(apply);
            var o = parse.InvocationConfiguration.Output;
            var location = StoreLocation.From(parse, db, pg);
            await using var access = doApply ? await StoreAccess.ForWriteAsync(location, ct) : await StoreAccess.ForDryRunAsync(location, ct);
            var store = new DatasetStore(access.Options);
            var active = await store.LoadActiveAsync(ct);
            var result = ExchangeImport.Read(path, chosen, active, DateTimeOffset.UtcNow);
            var dataset = parse.GetValue(merge) && active is not null ? Merged(active, result.Dataset) : result.Dataset;
            await o.WriteLineAsync($"{result.RecordsRead} records read from {Path.GetFileName(path)} ({ExchangeFormats.Names[(int)chosen]}); the new version: " +
                $"{dataset.Partnerships.Count} partnerships, {dataset.Areas.Count} areas.");
            foreach (var n in result.Notes) await o.WriteLineAsync("  " + Describe(n));
            if (result.HasRejections)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    $"coveragemap: {result.Notes.Count(n => n.Kind == ExchangeNoteKind.Rejected)} record(s) rejected (above): nothing written. Fix them and run again.");
                return CliApp.BadInput;
            }
            var label = $"import {Path.GetFileName(path)}";
            var report = doApply
                ? await new AuditedChanges(store, access.Options).ImportDraftAsync(dataset, label, "cli", parse.GetValue(reason) ?? label, ct)
                : await store.ImportAsync(dataset, label, dryRun: true, ct, DatasetOrigins.Import);
            await o.WriteLineAsync($"  added:     {Join(report.Added)}");
            await o.WriteLineAsync($"  changed:   {Join(report.Changed)}");
            await o.WriteLineAsync($"  removed:   {Join(report.Removed)}");
            await o.WriteLineAsync($"  unchanged: {Join(report.Same)}");
            if (report.Unchanged) await o.WriteLineAsync($"Identical content is already stored as version {report.VersionId}; nothing written.");
            else if (!doApply) await o.WriteLineAsync("Dry run: nothing written. Run again with --apply to store it as a new draft (inactive) version.");
            else await o.WriteLineAsync($"Stored as version {report.VersionId} (a draft: inactive). Review it (/api/editor/diff) and activate it with `activate {report.VersionId}`.");
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

    private static ExchangeFormat FormatOf(string? name, string path)
    {
        if (name is not null)
            return ExchangeFormats.Parse(name) ?? throw new CliInputException($"--format must be one of {string.Join(", ", ExchangeFormats.Names)}, not '{name}'.");
        return ExchangeFormats.OfPath(path)
            ?? throw new CliInputException($"{Path.GetFileName(path)}: the extension does not say the format; give --format ({string.Join(", ", ExchangeFormats.Names)}).");
    }

    private static string Describe(ExchangeNote n) => n.Kind switch
    {
        ExchangeNoteKind.Repaired => $"repaired  {n.PartnershipId}: the polygon was not valid ({n.Detail}); the repaired polygon is imported",
        ExchangeNoteKind.Rejected => $"rejected  {n.PartnershipId}: {n.Detail}",
        ExchangeNoteKind.PartnershipFromActiveVersion => $"completed {n.PartnershipId}: no partnership record in the file; the active version's is taken",
        ExchangeNoteKind.ProvenanceAdded => $"completed {n.PartnershipId}: no provenance in the file; recorded as imported from {n.Detail}",
        _ => $"renamed   {n.PartnershipId}: the name column says '{n.Detail}'; that name is taken",
    };

    private static string Join(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(", ", ids);
}
