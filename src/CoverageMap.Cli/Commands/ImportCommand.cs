using System.CommandLine;
using CoverageMap.Cli.Localization;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary><c>import</c>: load a geodata folder (registry + areas) into the store as a new inactive version.</summary>
internal static class ImportCommand
{
    public static Command Create(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var geodata = CommonOptions.Geodata(t);
        var apply = CommonOptions.Apply(t);
        var activate = new Option<bool>("--activate") { Description = t["ImportActivateOption"] };
        var cmd = new Command("import", t["ImportDescription"])
        {
            db, pg, geodata, apply, activate,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = new GeodataFolder(parse.GetValue(geodata)!.FullName);
            InputFiles.Require(t, folder.RegistryPath);
            var dataset = folder.LoadDataset();
            var doApply = parse.GetValue(apply);
            var path = StoreLocation.From(parse, db, pg);
            // A dry run writes nothing, not even the schema.
            await using var access = doApply ? await StoreAccess.ForWriteAsync(path, ct) : await StoreAccess.ForDryRunAsync(path, t, ct);
            var store = new DatasetStore(access.Options);
            var active = await store.LoadActiveAsync(ct);
            var report = await store.ImportAsync(dataset, $"import {Path.GetFileName(folder.Path)}", dryRun: !doApply, ct);

            await output.WriteLineAsync(t["ImportRead", t.Count("Partnerships", dataset.Partnerships.Count), t.Count("Areas", dataset.Areas.Count), folder.Path]);
            foreach (var line in DatasetImportText.Changes(t, report, dataset, active)) await output.WriteLineAsync(line);
            if (report.Unchanged)
            {
                await output.WriteLineAsync(t["ImportIdentical", report.VersionId]);
            }
            else if (report.DryRun)
            {
                await output.WriteLineAsync(t["ImportDryRun"]);
                return 0;
            }
            else
            {
                await output.WriteLineAsync(t["ImportStored", report.VersionId]);
            }
            if (doApply && parse.GetValue(activate) && report.VersionId is { } id)
            {
                await store.ActivateAsync(id, ct);
                await output.WriteLineAsync(t["ImportActivated", id]);
            }
            return 0;
        });
        return cmd;
    }
}
