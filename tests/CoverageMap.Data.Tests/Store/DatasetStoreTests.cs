using System.Data.Common;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoverageMap.Data.Tests.Store;

/// <summary>The store's contract, on SQLite and on PostgreSQL + PostGIS alike (theories over <see cref="TestStore.Providers"/>).</summary>
public sealed class DatasetStoreTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-store-").FullName;
    private readonly List<TestStore> _stores = [];

    private async Task<TestStore> NewStoreAsync(string provider)
    {
        var s = await TestStore.CreateAsync(provider, postgres);
        _stores.Add(s);
        return s;
    }

    private DatasetStore NewStore(out string path)
    {
        path = Path.Combine(_dir, "store.db");
        return new DatasetStore(StoreOptions.Sqlite(path));
    }

    [Fact]
    public async Task Migrate_creates_the_sqlite_file_with_the_schema()
    {
        var store = NewStore(out var path);
        await store.MigrateAsync();

        Assert.True(File.Exists(path));
        await using var conn = new SqliteConnection($"Data Source={path}");
        await conn.OpenAsync();
        var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name";
        var tables = new List<string>();
        await using (var r = await cmd.ExecuteReaderAsync()) while (await r.ReadAsync()) tables.Add(r.GetString(0));
        Assert.Contains("dataset_versions", tables);
        Assert.Contains("areas", tables);
        Assert.Contains("partnerships", tables);
        Assert.Contains("__EFMigrationsHistory", tables);
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_on_postgres_creates_postgis_geometry_columns_with_gist_indexes()
    {
        var test = await NewStoreAsync(TestStore.Postgres);
        await new DatasetStore(test.Options).MigrateAsync();

        await using var db = new CoverageMapDbContext(test.Options);
        var columns = await db.Database.SqlQueryRaw<string>(
            "SELECT f_table_name || '.' || f_geometry_column || ' ' || type || ' ' || srid AS \"Value\" FROM geometry_columns ORDER BY 1").ToListAsync();
        Assert.Equal(["address_points.Location POINT 4326", "areas.Geometry MULTIPOLYGON 4326"], columns);
        var indexes = await db.Database.SqlQueryRaw<string>(
            "SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE indexdef LIKE '%USING gist%' OR indexname = 'ux_dataset_versions_one_active' ORDER BY 1").ToListAsync();
        Assert.Equal(3, indexes.Count);
        Assert.Contains(indexes, i => i.StartsWith("ix_address_points_location:", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.StartsWith("ix_areas_geometry:", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.StartsWith("ux_dataset_versions_one_active:", StringComparison.Ordinal) && i.Contains("UNIQUE", StringComparison.Ordinal) && i.Contains("WHERE \"IsActive\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_round_trips_partnerships_geometry_and_provenance_through_a_real_database(string provider)
    {
        var test = await NewStoreAsync(provider);
        var store = new DatasetStore(test.Options);
        await store.MigrateAsync();
        var original = TestDatasets.Two();

        var report = await store.ImportAsync(original, "test import", dryRun: false);
        Assert.NotNull(report.VersionId);
        Assert.Equal(["alfa", "beta"], report.Added);

        // A second store object on the same database: nothing cached in memory.
        var loaded = await new DatasetStore(test.Options).LoadAsync(report.VersionId!.Value);
        Assert.NotNull(loaded);
        Assert.Equal(report.VersionId, loaded.Version);
        Assert.Equal(original.Partnerships, loaded.Partnerships, new JsonEquality<Core.Registry.Partnership>());
        Assert.Equal(2, loaded.Areas.Count);
        foreach (var (a, b) in original.Areas.Zip(loaded.Areas))
        {
            Assert.Equal(a.PartnershipId, b.PartnershipId);
            Assert.True(a.Geometry.EqualsExact(b.Geometry), $"{a.PartnershipId}: geometry changed in the round trip");
            Assert.Equal(4326, b.Geometry.SRID);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a.Provenance), System.Text.Json.JsonSerializer.Serialize(b.Provenance));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_is_inactive_until_activated_and_activation_keeps_the_previous_version(string provider)
    {
        var store = new DatasetStore((await NewStoreAsync(provider)).Options);
        await store.MigrateAsync();
        Assert.Null(await store.LoadActiveAsync());

        var v1 = (await store.ImportAsync(TestDatasets.Two(), "v1", false)).VersionId!.Value;
        Assert.Null(await store.LoadActiveAsync());
        await store.ActivateAsync(v1);
        Assert.Equal(v1, (await store.LoadActiveAsync())!.Version);

        var r2 = await store.ImportAsync(TestDatasets.Two(" (nowa nazwa)"), "v2", false);
        Assert.Equal(["alfa"], r2.Changed);
        Assert.Equal(["beta"], r2.Same);
        var v2 = r2.VersionId!.Value;
        Assert.Equal(v1, (await store.LoadActiveAsync())!.Version);   // import does not switch

        await store.ActivateAsync(v2);
        var active = await store.LoadActiveAsync();
        Assert.Equal(v2, active!.Version);
        Assert.Equal("Alfa (nowa nazwa)", active.Partnerships.Single(p => p.Id == "alfa").Name);

        var versions = await store.ListVersionsAsync();
        Assert.Equal([v2, v1], versions.Select(v => v.Id));
        Assert.Equal([true, false], versions.Select(v => v.IsActive));
        Assert.NotNull(await store.LoadAsync(v1));                       // previous version kept

        await store.ActivateAsync(v1);                                   // and can be switched back
        Assert.Equal(v1, (await store.LoadActiveAsync())!.Version);
        Assert.Single(await store.ListVersionsAsync(), v => v.IsActive);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_is_idempotent_and_dry_run_writes_nothing(string provider)
    {
        var store = new DatasetStore((await NewStoreAsync(provider)).Options);
        await store.MigrateAsync();

        var dry = await store.ImportAsync(TestDatasets.Two(), "dry", dryRun: true);
        Assert.True(dry.DryRun);
        Assert.Null(dry.VersionId);
        Assert.Equal(["alfa", "beta"], dry.Added);
        Assert.Empty(await store.ListVersionsAsync());

        var first = await store.ImportAsync(TestDatasets.Two(), "first", false);
        var again = await store.ImportAsync(TestDatasets.Two(), "again", false);
        Assert.True(again.Unchanged);
        Assert.Equal(first.VersionId, again.VersionId);
        Assert.Single(await store.ListVersionsAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Activating_an_unknown_version_fails_and_leaves_the_active_one(string provider)
    {
        var store = new DatasetStore((await NewStoreAsync(provider)).Options);
        await store.MigrateAsync();
        var v1 = (await store.ImportAsync(TestDatasets.Two(), "v1", false)).VersionId!.Value;
        await store.ActivateAsync(v1);

        Assert.Equal(InputFault.Of(InputProblem.NoSuchVersion, "999"), (await Assert.ThrowsAsync<InputProblemException>(() => store.ActivateAsync(999))).Fault);
        Assert.Equal(v1, (await store.LoadActiveAsync())!.Version);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_second_active_version_is_refused_by_the_database_itself(string provider)
    {
        var test = await NewStoreAsync(provider);
        var store = new DatasetStore(test.Options);
        await store.MigrateAsync();
        var v1 = (await store.ImportAsync(TestDatasets.Two(), "v1", false)).VersionId!.Value;
        var v2 = (await store.ImportAsync(TestDatasets.Two("x"), "v2", false)).VersionId!.Value;
        await store.ActivateAsync(v1);

        // Past the store's own logic: a plain UPDATE on the table.
        await using var db = new CoverageMapDbContext(test.Options);
        var ex = await Assert.ThrowsAnyAsync<DbException>(() => db.Versions.Where(v => v.Id == v2).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsActive, true)));
        if (ex is PostgresException pg) Assert.Equal(("23505", "ux_dataset_versions_one_active"), (pg.SqlState, pg.ConstraintName));
        else Assert.Contains("UNIQUE", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task An_invalid_area_is_refused_before_anything_is_written(string provider)
    {
        var store = new DatasetStore((await NewStoreAsync(provider)).Options);
        await store.MigrateAsync();
        var bowtie = Core.Geometry.Geo.Factory.CreatePolygon([
            new(20.9, 52.2), new(20.91, 52.21), new(20.91, 52.2), new(20.9, 52.21), new(20.9, 52.2)]);
        var good = TestDatasets.Two();
        var bad = good with { Areas = [good.Areas[0] with { Geometry = bowtie }, good.Areas[1]] };

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ImportAsync(bad, "bad", false));
        Assert.Contains("alfa", ex.Message);
        Assert.Empty(await store.ListVersionsAsync());
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
