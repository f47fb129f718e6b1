using CoverageMap.Core.Areas;
using CoverageMap.Core.Problems;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;
using Microsoft.Data.Sqlite;

namespace CoverageMap.Data.Tests.Store;

/// <summary>Seeding from the geodata folder, on SQLite and on PostgreSQL alike (theories over <see cref="TestStore.Providers"/>).</summary>
public sealed class GeodataSeederTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly List<TestStore> _stores = [];
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-seed-").FullName;

    private GeodataFolder Folder(params Area[] areas)
    {
        var geodata = Path.Combine(_dir, "geodata");
        Directory.CreateDirectory(geodata);
        File.Copy(SharedData.RepoPath("geodata", "partnerships.json"), Path.Combine(geodata, "partnerships.json"), overwrite: true);
        var names = new Dictionary<string, string> { ["marymont-kaskada"] = "Marymont-Kaskada", ["moje-wierzbno"] = "Moje Wierzbno" };
        AreaGeoJson.WriteFile(Path.Combine(geodata, "areas.geojson"), areas, names);
        return new GeodataFolder(geodata);
    }

    private async Task<DatasetStore> StoreAsync(string provider)
    {
        var test = await TestStore.CreateAsync(provider, postgres);
        _stores.Add(test);
        return new DatasetStore(test.Options);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task First_start_imports_and_activates_the_geodata_folder(string provider)
    {
        var store = await StoreAsync(provider);
        await store.MigrateAsync();
        var (report, activated) = await GeodataSeeder.SeedAsync(store, Folder(TestDatasets.Square("marymont-kaskada", 20.97, 52.27)));

        Assert.True(activated);
        var active = await store.LoadActiveAsync();
        Assert.Equal(report.VersionId, active!.Version);
        Assert.Equal(5, active.Partnerships.Count);
        Assert.Equal("marymont-kaskada", Assert.Single(active.Areas).PartnershipId);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Restart_with_the_same_files_writes_nothing_and_changed_files_become_the_active_version(string provider)
    {
        var store = await StoreAsync(provider);
        await store.MigrateAsync();
        await GeodataSeeder.SeedAsync(store, Folder(TestDatasets.Square("marymont-kaskada", 20.97, 52.27)));
        var (again, activatedAgain) = await GeodataSeeder.SeedAsync(store, Folder(TestDatasets.Square("marymont-kaskada", 20.97, 52.27)));
        Assert.True(again.Unchanged);
        Assert.False(activatedAgain);
        Assert.Single(await store.ListVersionsAsync());

        var (changed, activated) = await GeodataSeeder.SeedAsync(store, Folder(
            TestDatasets.Square("marymont-kaskada", 20.97, 52.27), TestDatasets.Square("moje-wierzbno", 21.0, 52.19)));
        Assert.True(activated);
        Assert.Equal(["marymont-kaskada", "moje-wierzbno"], (await store.LoadActiveAsync())!.Areas.Select(a => a.PartnershipId));
        Assert.Contains("moje-wierzbno", changed.Changed);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_version_activated_by_an_operator_is_not_replaced_by_the_geodata_folder(string provider)
    {
        var store = await StoreAsync(provider);
        await store.MigrateAsync();
        await GeodataSeeder.SeedAsync(store, Folder(TestDatasets.Square("marymont-kaskada", 20.97, 52.27)));
        var own = TestDatasets.Two();
        var manual = (await store.ImportAsync(own, "manual import", false)).VersionId!.Value;
        await store.ActivateAsync(manual);

        var (_, activated) = await GeodataSeeder.SeedAsync(store, Folder(TestDatasets.Square("moje-wierzbno", 21.0, 52.19)));
        Assert.False(activated);
        Assert.Equal(manual, (await store.LoadActiveAsync())!.Version);
    }

    // Defect: the seeder decided by the label prefix "geodata:" and labels held machine paths ("geodata: /srv/…").
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Seeded_versions_carry_the_seed_origin_and_a_label_without_a_path(string provider)
    {
        var store = await StoreAsync(provider);
        await store.MigrateAsync();
        await GeodataSeeder.SeedAsync(store, Folder(TestDatasets.Square("marymont-kaskada", 20.97, 52.27)));
        var seeded = Assert.Single(await store.ListVersionsAsync());
        Assert.Equal(DatasetOrigins.Seed, seeded.Origin);
        Assert.Equal("geodata", seeded.Label);
        Assert.DoesNotContain(_dir, seeded.Label);
        Assert.NotNull(seeded.ActivatedAt);
        Assert.Equal(seeded.ActivatedAt, (await store.LoadActiveAsync())!.ActivatedAt);
    }

    [Fact]
    public void Locate_finds_the_repository_geodata_from_below_and_says_where_it_looked_when_missing()
    {
        var found = GeodataFolder.Locate(null, AppContext.BaseDirectory);
        Assert.Equal(SharedData.RepoPath("geodata"), found.Path);
        var ex = Assert.Throws<InputProblemException>(() => GeodataFolder.Locate(null, Path.GetTempPath()));
        Assert.Equal(InputFault.Of(InputProblem.GeodataNotFound, Path.GetTempPath()), ex.Fault);
    }

    [Fact]
    public void An_area_for_an_unknown_partnership_is_refused()
    {
        var folder = Folder(TestDatasets.Square("marymont-kaskada", 20.97, 52.27));
        AreaGeoJson.WriteFile(folder.AreasPath, [TestDatasets.Square("nie-ma-takiego", 20.9, 52.2)], new Dictionary<string, string> { ["nie-ma-takiego"] = "X" });
        var ex = Assert.Throws<InputProblemException>(folder.LoadDataset);
        Assert.Equal(InputFault.Of(InputProblem.GeodataOrphanAreas, folder.AreasPath, "nie-ma-takiego"), ex.Fault);
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
