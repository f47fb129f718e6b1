using System.CommandLine;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Tests;

/// <summary><c>keys create|list|revoke</c> on a real SQLite file: the token is printed once and only its hash is stored.</summary>
public sealed class KeyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-keys-").FullName;
    private string Db => Path.Combine(_dir, "store.db");

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliRun.RunGuarded([.. args, "--lang", "en"]);   // the English messages; the Polish ones are read without --lang

    [Fact]
    public async Task Create_prints_a_token_that_verifies_list_never_shows_it_and_revoke_ends_it()
    {
        var (exit, output, _) = await Run("keys", "create", "--db", Db, "--name", "Anna Kowalska, OPS Żoliborz", "--scopes", "edit,activate");
        Assert.Equal(0, exit);
        var token = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(ApiKeyStore.TokenPrefix, StringComparison.Ordinal));
        var keys = new ApiKeyStore(StoreOptions.Sqlite(Db));
        var key = await keys.VerifyAsync(token);
        Assert.NotNull(key);
        Assert.True(key.Has("edit") && key.Has("activate"));

        var (listExit, list, _) = await Run("keys", "list", "--db", Db);
        Assert.Equal(0, listExit);
        Assert.Contains("Anna Kowalska, OPS Żoliborz", list, StringComparison.Ordinal);
        Assert.Contains("edit,activate", list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);

        var (revokeExit, _, _) = await Run("keys", "revoke", "--db", Db, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, revokeExit);
        Assert.Null(await keys.VerifyAsync(token));
        Assert.Contains("revoked", (await Run("keys", "list", "--db", Db)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_scope_or_key_is_bad_input_on_one_line()
    {
        var (exit, _, error) = await Run("keys", "create", "--db", Db, "--name", "X", "--scopes", "edit,admin");
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("admin", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(CliApp.BadInput, (await Run("keys", "revoke", "--db", Db, "42")).Exit);
    }

    [Fact]
    public async Task Keys_speak_Polish_by_default()
    {
        var created = await CliRun.RunGuarded("keys", "create", "--db", Db, "--name", "Anna Kowalska", "--scopes", "edit");
        Assert.Equal(0, created.Exit);
        Assert.Contains("Utworzono klucz 1 dla „Anna Kowalska” (edit). Jego token, pokazywany tylko teraz:", created.Output, StringComparison.Ordinal);
        Assert.Contains("Unieważnisz go poleceniem `keys revoke 1`.", created.Output, StringComparison.Ordinal);
        Assert.Contains("ważny", (await CliRun.RunGuarded("keys", "list", "--db", Db)).Output, StringComparison.Ordinal);
        Assert.Equal("Unieważniono klucz 1.", (await CliRun.RunGuarded("keys", "revoke", "--db", Db, "1")).Output.TrimEnd());
        Assert.Contains("unieważniony ", (await CliRun.RunGuarded("keys", "list", "--db", Db)).Output, StringComparison.Ordinal);
        var unknown = await CliRun.RunGuarded("keys", "create", "--db", Db, "--name", "X", "--scopes", "admin");
        Assert.Equal("coveragemap: Klucz może mieć tylko uprawnienia: edit, activate; nieznane: admin.", unknown.Error.TrimEnd());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
