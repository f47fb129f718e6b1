using System.CommandLine;
using System.Globalization;
using CoverageMap.Cli.Localization;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary><c>versions</c> and <c>activate</c>: dataset versions in the store.</summary>
internal static class StoreCommands
{
    public static Command Versions(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var cmd = new Command("versions", t["VersionsDescription"]) { db, pg };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var access = await StoreAccess.ReadOnlyAsync(StoreLocation.From(parse, db, pg), t, ct);
            var versions = await new DatasetStore(access.Options).ListVersionsAsync(ct);
            if (versions.Count == 0) await output.WriteLineAsync(t["VersionsNone"]);
            foreach (var v in versions)
            {
                var counts = t.Count("Partnerships", v.Partnerships) + ", " + t.Count("Areas", v.Areas);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(v.IsActive ? '*' : ' ')} {v.Id,4}  {v.CreatedAt:yyyy-MM-dd HH:mm:ss}Z  {counts}  {v.ContentHash[..12]}  {v.Origin,-6}  {v.Label}"));
            }
            return 0;
        });
        return cmd;
    }

    public static Command Activate(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var version = new Argument<long>("version") { Description = t["ActivateVersionArgument"] };
        var reason = new Option<string>("--reason") { Description = t["ActivateReasonOption"] };
        var cmd = new Command("activate", t["ActivateDescription"]) { db, pg, version, reason };
        cmd.SetAction(async (parse, ct) =>
        {
            var location = StoreLocation.From(parse, db, pg);
            await using var access = await StoreAccess.ForWriteAsync(location, ct);
            var store = new DatasetStore(access.Options);
            var id = parse.GetValue(version);
            await store.ActivateAsync(id, ct, reason: parse.GetValue(reason) ?? "");   // no such version: the catalogue's words (CliProblems)
            await parse.InvocationConfiguration.Output.WriteLineAsync(t[location.Postgres is null ? "Activated" : "ActivatedPostgres", id]);
            return 0;
        });
        return cmd;
    }
}
