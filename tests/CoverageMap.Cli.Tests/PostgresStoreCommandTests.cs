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
}
