using System.CommandLine;
using System.Globalization;
using CoverageMap.Cli.Localization;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>keys create|list|revoke</c>: the API keys district staff use in the editor. The store keeps only each token's
/// SHA-256: <c>create</c> prints the token once, and nothing can print it again.
/// </summary>
internal static class KeyCommands
{
    public static Command Create(CliText t)
    {
        var keys = new Command("keys", t["KeysDescription"]);
        keys.Subcommands.Add(CreateKey(t));
        keys.Subcommands.Add(ListKeys(t));
        keys.Subcommands.Add(RevokeKey(t));
        return keys;
    }

    private static Command CreateKey(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var name = new Option<string>("--name") { Description = t["KeyNameOption"], Required = true };
        var scopes = new Option<string>("--scopes")
        {
            Description = t["KeyScopesOption"],
            DefaultValueFactory = _ => ApiKeyScopes.Edit,
        };
        var cmd = new Command("create", t["KeyCreateDescription"]) { db, pg, name, scopes };
        cmd.SetAction(async (parse, ct) =>
        {
            var wanted = parse.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            var keyName = parse.GetValue(name)!.Trim();
            ApiKeyStore.Check(keyName, wanted);   // before the store is opened (and created) for writing
            await using var access = await StoreAccess.ForWriteAsync(StoreLocation.From(parse, db, pg), ct);
            var issued = await new ApiKeyStore(access.Options).CreateAsync(keyName, wanted, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(t["KeyCreated", issued.Key.Id, issued.Key.Name, string.Join(",", issued.Key.Scopes)]);
            await output.WriteLineAsync(issued.Token);
            await output.WriteLineAsync(t["KeyCreatedHint", issued.Key.Id]);
            return 0;
        });
        return cmd;
    }

    private static Command ListKeys(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var cmd = new Command("list", t["KeyListDescription"]) { db, pg };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var access = await StoreAccess.ReadOnlyAsync(StoreLocation.From(parse, db, pg), t, ct);
            var list = await new ApiKeyStore(access.Options).ListAsync(ct);
            if (list.Count == 0) await output.WriteLineAsync(t["KeyListNone"]);
            foreach (var k in list)
            {
                var state = k.RevokedAt is { } r ? t["KeyRevokedAt", r.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)] : t["KeyValid"];
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{k.Id,4}  {k.TokenPrefix}…  {string.Join(",", k.Scopes),-13}  {k.CreatedAt:yyyy-MM-dd HH:mm}Z  {state,-24}  {k.Name}"));
            }
            return 0;
        });
        return cmd;
    }

    private static Command RevokeKey(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var id = new Argument<long>("id") { Description = t["KeyIdArgument"] };
        var cmd = new Command("revoke", t["KeyRevokeDescription"]) { db, pg, id };
        cmd.SetAction(async (parse, ct) =>
        {
            await using var access = await StoreAccess.ForWriteAsync(StoreLocation.From(parse, db, pg), ct);
            var keyId = parse.GetValue(id);
            if (!await new ApiKeyStore(access.Options).RevokeAsync(keyId, ct))
                throw new CliInputException(t["KeyNoSuch", keyId]);
            await parse.InvocationConfiguration.Output.WriteLineAsync(t["KeyRevoked", keyId]);
            return 0;
        });
        return cmd;
    }
}
