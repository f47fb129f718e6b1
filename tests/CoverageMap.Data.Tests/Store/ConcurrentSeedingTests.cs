using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoverageMap.Data.Tests.Store;

/// <summary>
/// Defect: instances starting together on one empty database each seeded it from <c>geodata/</c>: two versions of one
/// content, or one start failed on a unique key. Four seeders (each its own <see cref="DatasetStore"/>, as separate
/// processes have) are released at once, on SQLite and on PostgreSQL alike.
/// </summary>
public sealed class ConcurrentSeedingTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private const int Seeders = 4;
    private static readonly Lazy<Dataset> Bundled = new(() => new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset());
    private readonly List<TestStore> _stores = [];

    private async Task<TestStore> NewStoreAsync(string provider)
    {
        var s = await TestStore.CreateAsync(provider, postgres);
        _stores.Add(s);
        return s;
    }

    /// <summary>Runs <paramref name="work"/> <see cref="Seeders"/> times, all released by one signal; every result (or the first failure).</summary>
    private static async Task<T[]> TogetherAsync<T>(Func<int, Task<T>> work)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Seeders).Select(i => Task.Run(async () => { await start.Task; return await work(i); })).ToArray();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Four_instances_starting_together_on_an_empty_store_store_one_version_and_activate_it_once(string provider)
    {
        var test = await NewStoreAsync(provider);
        var dataset = Bundled.Value;

        var results = await TogetherAsync(async _ =>
        {
            var store = new DatasetStore(test.Options);
            await store.MigrateAsync();
            return await GeodataSeeder.SeedAsync(store, dataset);
        });

        var store = new DatasetStore(test.Options);
        var version = Assert.Single(await store.ListVersionsAsync());
        Assert.True(version.IsActive);
        Assert.Equal(DatasetOrigins.Seed, version.Origin);
        Assert.Equal(dataset.Areas.Count, version.Areas);
        Assert.All(results, r => Assert.Equal(version.Id, r.Report.VersionId));
        Assert.Single(results, r => r.Activated);
        Assert.Single(results, r => !r.Report.Unchanged);
        var activation = Assert.Single(await store.ListActivationsAsync());
        Assert.Equal((version.Id, "seed"), (activation.VersionId, activation.Actor));
        Assert.Equal(version.Id, (await store.LoadActiveAsync())!.Version);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Four_instances_seeding_the_same_address_points_together_write_them_once(string provider)
    {
        var test = await NewStoreAsync(provider);
        await new DatasetStore(test.Options).MigrateAsync();
        var points = Enumerable.Range(1, 500).Select(n =>
        {
            Assert.True(HouseNumber.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out var number));
            return new AddressPoint("20593", "Juliusza Słowackiego", StreetNameNormalizer.Normalize("Słowackiego").Key, number.Raw, number, "01-627",
                52.26 + n * 1e-5, 20.98, AddressSources.Prg, $"prg-{n}");
        }).ToList();

        var results = await TogetherAsync(_ => new AddressPointStore(test.Options).UpsertAsync(AddressSources.Prg, points, dryRun: false));

        Assert.Equal(points.Count, results.Sum(r => r.Added));
        Assert.Equal(points.Count * (Seeders - 1), results.Sum(r => r.Unchanged));
        Assert.All(results, r => Assert.Equal(0, r.Changed));
        Assert.Equal(points.Count, (await new AddressPointStore(test.Options).CountAsync())[AddressSources.Prg]);
    }

    /// <summary>The migration before <c>UniqueContentHash</c>, per provider.</summary>
    private static string PreviousMigration(string provider) => provider == TestStore.Postgres ? "20261202161541_InitialPostgis" : "20261202065917_EditorKeysAndAudit";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_store_with_two_versions_of_one_content_upgrades_keeping_both_and_then_refuses_a_third(string provider)
    {
        var test = await NewStoreAsync(provider);
        const string hash = "3fa9b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80";
        await using (var db = new CoverageMapDbContext(test.Options))
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration(provider));
            db.Versions.AddRange(Row(hash, "first"), Row(hash, "second"), Row(new string('a', 64), "other"));
            await db.SaveChangesAsync();
        }

        var store = new DatasetStore(test.Options);
        await store.MigrateAsync();

        var versions = (await store.ListVersionsAsync()).OrderBy(v => v.Id).ToList();
        Assert.Equal(["first", "second", "other"], versions.Select(v => v.Label));
        Assert.Equal(hash, versions[0].ContentHash);
        Assert.Equal($"dup-{versions[1].Id}-{hash[..40]}", versions[1].ContentHash);
        Assert.Equal(new string('a', 64), versions[2].ContentHash);
        await using var again = new CoverageMapDbContext(test.Options);
        again.Versions.Add(Row(hash, "third"));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    private static DatasetVersionRow Row(string hash, string label) =>
        new() { Label = label, Origin = DatasetOrigins.Seed, ContentHash = hash, CreatedAt = DateTimeOffset.UnixEpoch };

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
    }
}
