using System.CommandLine;
using System.Globalization;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>keys create|list|revoke</c>: the API keys district staff use in the editor. The store keeps only each token's
/// SHA-256: <c>create</c> prints the token once, and nothing can print it again.
/// </summary>
internal static class KeyCommands
{
    public static Command Create()
    {
        var keys = new Command("keys", "Create, list and revoke the API keys of the editor (sent as Authorization: Bearer <token>).");
        keys.Subcommands.Add(CreateKey());
        keys.Subcommands.Add(ListKeys());
        keys.Subcommands.Add(RevokeKey());
        return keys;
    }

    private static Command CreateKey()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var name = new Option<string>("--name") { Description = "Who holds the key (a person or a desk); recorded with every change made with it.", Required = true };
        var scopes = new Option<string>("--scopes")
        {
            Description = "Comma-separated: edit (build areas, save drafts), activate (activate a version, roll back).",
            DefaultValueFactory = _ => ApiKeyScopes.Edit,
        };
        var cmd = new Command("create", "Create a key and print its token once.") { db, pg, name, scopes };
        cmd.SetAction(async (parse, ct) =>
        {
            var wanted = parse.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            var unknown = wanted.Except(ApiKeyScopes.All).ToList();
            if (wanted.Count == 0 || unknown.Count > 0)
                throw new CliInputException($"--scopes must be some of {string.Join(", ", ApiKeyScopes.All)}" + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}." : "."));
            var keyName = parse.GetValue(name)!.Trim();
            if (keyName.Length is 0 or > ApiKeyStore.MaxNameLength) throw new CliInputException($"--name must have 1–{ApiKeyStore.MaxNameLength} characters.");
            await using var access = await StoreAccess.ForWriteAsync(StoreLocation.From(parse, db, pg), ct);
            var issued = await new ApiKeyStore(access.Options).CreateAsync(keyName, wanted, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Key {issued.Key.Id} for \"{issued.Key.Name}\" ({string.Join(",", issued.Key.Scopes)}) created. Its token, shown only now:");
            await output.WriteLineAsync(issued.Token);
            await output.WriteLineAsync("Give it to its holder; the store keeps only its hash. Revoke it with `keys revoke " + issued.Key.Id.ToString(CultureInfo.InvariantCulture) + "`.");
            return 0;
        });
        return cmd;
    }

    private static Command ListKeys()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var cmd = new Command("list", "List the keys, newest first (never their tokens). Opens the store read-only.") { db, pg };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var access = await StoreAccess.ReadOnlyAsync(StoreLocation.From(parse, db, pg), ct);
            var list = await new ApiKeyStore(access.Options).ListAsync(ct);
            if (list.Count == 0) await output.WriteLineAsync("The store holds no API key yet (`keys create --name \"…\" --scopes edit,activate`).");
            foreach (var k in list)
            {
                var state = k.RevokedAt is { } r ? string.Create(CultureInfo.InvariantCulture, $"revoked {r:yyyy-MM-dd HH:mm}Z") : "valid";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{k.Id,4}  {k.TokenPrefix}…  {string.Join(",", k.Scopes),-13}  {k.CreatedAt:yyyy-MM-dd HH:mm}Z  {state,-24}  {k.Name}"));
            }
            return 0;
        });
        return cmd;
    }

    private static Command RevokeKey()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var id = new Argument<long>("id") { Description = "The key's id (see `keys list`)." };
        var cmd = new Command("revoke", "Revoke a key: requests with its token are refused from then on.") { db, pg, id };
        cmd.SetAction(async (parse, ct) =>
        {
            await using var access = await StoreAccess.ForWriteAsync(StoreLocation.From(parse, db, pg), ct);
            var keyId = parse.GetValue(id);
            if (!await new ApiKeyStore(access.Options).RevokeAsync(keyId, ct))
                throw new CliInputException($"There is no valid key {keyId} (see `keys list`).");
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Key {keyId} revoked.");
            return 0;
        });
        return cmd;
    }
}
