using System.CommandLine;
using System.Globalization;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary><c>versions</c> and <c>activate</c>: dataset versions in the store.</summary>
internal static class StoreCommands
{
    public static Command Versions()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var cmd = new Command("versions", "List the dataset versions in the store, newest first; * marks the active one. Opens the store read-only.") { db, pg };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var access = await StoreAccess.ReadOnlyAsync(StoreLocation.From(parse, db, pg), ct);
            var versions = await new DatasetStore(access.Options).ListVersionsAsync(ct);
            if (versions.Count == 0) await output.WriteLineAsync("The store holds no dataset version yet.");
            foreach (var v in versions)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(v.IsActive ? '*' : ' ')} {v.Id,4}  {v.CreatedAt:yyyy-MM-dd HH:mm:ss}Z  {v.Partnerships} partnerships, {v.Areas} areas  {v.ContentHash[..12]}  {v.Origin,-6}  {v.Label}"));
            }
            return 0;
        });
        return cmd;
    }

    public static Command Activate()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var version = new Argument<long>("version") { Description = "The version to make active (see `versions`)." };
        var reason = new Option<string>("--reason") { Description = "Why, for the audit log and /api/versions." };
        var cmd = new Command("activate", "Make a dataset version the active one, atomically; the previous one is kept. Recorded in the audit log (actor cli).") { db, pg, version, reason };
        cmd.SetAction(async (parse, ct) =>
        {
            var location = StoreLocation.From(parse, db, pg);
            await using var access = await StoreAccess.ForWriteAsync(location, ct);
            var store = new DatasetStore(access.Options);
            var id = parse.GetValue(version);
            try
            {
                await store.ActivateAsync(id, ct, reason: parse.GetValue(reason) ?? "");
            }
            catch (KeyNotFoundException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
            Console.WriteLine(location.Postgres is null
                ? $"Version {id} is now active. A running server picks it up on its next reload."
                : $"Version {id} is now active. Every running server on this database picks it up at once (LISTEN/NOTIFY).");
            return 0;
        });
        return cmd;
    }
}
