using System.CommandLine;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary><c>import</c>: load a geodata folder (registry + areas) into the store as a new inactive version.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var geodata = CommonOptions.Geodata();
        var apply = CommonOptions.Apply();
        var activate = new Option<bool>("--activate") { Description = "With --apply: make the imported version active at once." };
        var cmd = new Command("import", "Import partnerships.json and areas.geojson as a new dataset version (dry run unless --apply).")
        {
            db, pg, geodata, apply, activate,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var folder = new GeodataFolder(parse.GetValue(geodata)!.FullName);
            var dataset = folder.LoadDataset();
            var doApply = parse.GetValue(apply);
            var path = StoreLocation.From(parse, db, pg);
            // A dry run writes nothing, not even the schema.
            await using var access = doApply ? await StoreAccess.ForWriteAsync(path, ct) : await StoreAccess.ForDryRunAsync(path, ct);
            var store = new DatasetStore(access.Options);
            var report = await store.ImportAsync(dataset, $"import {Path.GetFileName(folder.Path)}", dryRun: !doApply, ct);

            Console.WriteLine($"{dataset.Partnerships.Count} partnerships, {dataset.Areas.Count} areas read from {folder.Path}.");
            Console.WriteLine($"  added:     {Join(report.Added)}");
            Console.WriteLine($"  changed:   {Join(report.Changed)}");
            Console.WriteLine($"  removed:   {Join(report.Removed)}");
            Console.WriteLine($"  unchanged: {Join(report.Same)}");
            if (report.Unchanged)
            {
                Console.WriteLine($"Identical content is already stored as version {report.VersionId}; nothing written.");
            }
            else if (report.DryRun)
            {
                Console.WriteLine("Dry run: nothing written. Run again with --apply to store it as a new inactive version.");
                return 0;
            }
            else
            {
                Console.WriteLine($"Stored as version {report.VersionId} (inactive).");
            }
            if (doApply && parse.GetValue(activate) && report.VersionId is { } id)
            {
                await store.ActivateAsync(id, ct);
                Console.WriteLine($"Version {id} is now active.");
            }
            return 0;
        });
        return cmd;
    }

    private static string Join(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(", ", ids);
}
