using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;

namespace CoverageMap.Cli.Tests;

/// <summary>The store commands on PostgreSQL + PostGIS (<c>--postgres</c>): import, versions and activate; dry runs write nothing.</summary>
public sealed class PostgresStoreCommandTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Import_versions_and_activate_work_on_postgres_and_a_dry_run_writes_nothing()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var geodata = SharedData.RepoPath("geodata");
        var store = new DatasetStore(StoreOptions.Postgres(cs));
        await store.MigrateAsync();

        var dry = await CliRun.RunGuarded("import", "--postgres", cs, "--geodata", geodata);
        Assert.Equal(0, dry.Exit);
        Assert.Empty(await store.ListVersionsAsync());

        var applied = await CliRun.RunGuarded("import", "--postgres", cs, "--geodata", geodata, "--apply");
        Assert.True(applied.Exit == 0, applied.Error);
        var version = Assert.Single(await store.ListVersionsAsync());
        Assert.False(version.IsActive);

        var activate = await CliRun.RunGuarded("activate", "--postgres", cs, version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(activate.Exit == 0, activate.Error);
        Assert.Equal(version.Id, await store.GetActiveVersionIdAsync());

        var list = await CliRun.RunGuarded("versions", "--postgres", cs);
        Assert.Equal(0, list.Exit);
        Assert.Contains($"* {version.Id,4}", list.Output, StringComparison.Ordinal);
    }

    // Defect: a PostgreSQL store that could not be used ended in "Unhandled exception. NpgsqlException" with a stack trace.
    [Theory]
    [InlineData("pl", "Magazyn w PostgreSQL odmówił połączenia albo działania (kod SQLSTATE 28000)")]
    [InlineData("en", "The PostgreSQL store refused the connection or the work (SQLSTATE 28000)")]
    public async Task A_user_the_server_does_not_know_is_bad_input_in_the_language_asked_for(string lang, string expected)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { Username = "nie_ma_takiego" }.ConnectionString;

        var result = await CliRun.RunGuarded("versions", "--postgres", cs, "--lang", lang);

        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.StartsWith("coveragemap: " + expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl", "Nie da się połączyć z magazynem w PostgreSQL")]
    [InlineData("en", "Cannot connect to the PostgreSQL store")]
    public async Task A_server_that_does_not_answer_is_bad_input_in_the_language_asked_for(string lang, string expected)
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();   // nothing listens there now: the connection is refused at once

        var result = await CliRun.RunGuarded("versions", "--postgres", $"Host=127.0.0.1;Port={port};Username=u;Password=secret;Database=d;Timeout=5", "--lang", lang);

        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.StartsWith("coveragemap: " + expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
    }
}
