using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using CoverageMap.Server.Datasets;
using System.Net;
using CoverageMap.Tests.Shared.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// The server on a real store: its embedded default (an SQLite file created at start) and PostgreSQL + PostGIS (a new
/// database of the test cluster, one setting), seeded from geodata/, reloaded on activation.
/// </summary>
public sealed class StoreWiringTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-wiring-").FullName;

    public static TheoryData<string> Providers => new("sqlite", "postgres");

    /// <summary>A store of the test's own: the setting that names it and its EF options.</summary>
    private async Task<(KeyValuePair<string, string> Setting, DbContextOptions<CoverageMapDbContext> Options)> NewStoreAsync(string provider)
    {
        if (provider == "postgres")
        {
            var cs = await postgres.CreateDatabaseAsync();
            return (new("CoverageMap:Store:Postgres", cs), StoreOptions.Postgres(cs));
        }
        var db = Path.Combine(_dir, "store.db");
        return (new("CoverageMap:Store:Database", db), StoreOptions.Sqlite(db));
    }

    /// <summary>The server on a store; the street register and network of ../shared only when asked (address tests).</summary>
    private sealed class StoreFactory(KeyValuePair<string, string> store, bool sharedStreets = false, int reloadSeconds = 1) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("RateLimiting:PermitLimit", "0");
            builder.UseSetting(store.Key, store.Value);
            builder.UseSetting("CoverageMap:Store:Geodata", SharedData.RepoPath("geodata"));
            builder.UseSetting("CoverageMap:Store:ReloadSeconds", reloadSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("CoverageMap:Store:SeedAddressPoints", "false"); // only the points a test imports
            foreach (var (key, value) in sharedStreets ? TestSettings.BundledStreets() : TestSettings.NoStreets()) builder.UseSetting(key, value);
        }

        /// <summary>Completes when the reload service next serves a change of the given kind (<c>dataset</c> or <c>gazetteer</c>).</summary>
        public Task NextChange(string kind)
        {
            var reload = Services.GetServices<IHostedService>().OfType<DatasetReloadService>().Single();
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            reload.Changed += k => { if (k == kind) changed.TrySetResult(); };
            return changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task First_start_creates_the_store_serves_the_geodata_and_switches_when_a_version_is_activated(string provider)
    {
        var (setting, options) = await NewStoreAsync(provider);
        using var factory = new StoreFactory(setting);
        var client = factory.CreateClient();

        var health = await (await client.GetAsync("/healthz")).Json();
        if (provider == "sqlite") Assert.True(File.Exists(setting.Value));
        Assert.Equal(5, health.GetProperty("areaCount").GetInt32());
        var first = health.GetProperty("datasetVersion").GetInt64();
        Assert.True(first > 0);
        var inKaskada = await (await client.GetAsync("/api/lookup?lat=52.2733&lon=20.97116")).Json();
        Assert.Equal(["marymont-kaskada"], inKaskada.GetProperty("areas").Ids());

        // An operator imports a dataset without Marymont-Kaskada's area and activates it (as `coveragemap activate` does).
        var store = new DatasetStore(options);
        var current = new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset();
        var reduced = current with { Areas = current.Areas.Where(a => a.PartnershipId != "marymont-kaskada").ToList() };
        var v2 = (await store.ImportAsync(reduced, "operator import", dryRun: false)).VersionId!.Value;
        var switched = factory.NextChange("dataset");
        await store.ActivateAsync(v2);

        await switched;   // the reload service's signal, not a sleep
        Assert.Equal(v2, (await (await client.GetAsync("/healthz")).Json()).GetProperty("datasetVersion").GetInt64());
        var after = await (await client.GetAsync("/api/lookup?lat=52.2733&lon=20.97116")).Json();
        Assert.False(after.GetProperty("covered").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Address_points_imported_while_the_server_runs_are_used_without_a_restart(string provider)
    {
        var (setting, options) = await NewStoreAsync(provider);
        using var factory = new StoreFactory(setting, sharedStreets: true);
        var client = factory.CreateClient();
        const string url = "/api/lookup?address=Potocka%2099";

        var before = await (await client.GetAsync(url)).Json();
        // Before: no point of its own, so the answer rests on the street (its side or stretch), never on an address point.
        Assert.NotEqual("addressPoint", before.GetProperty("basis").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("point").ValueKind);

        // As `coveragemap import-addresses --apply` does: a point of Potocka 99 inside Marymont-Kaskada.
        Assert.True(HouseNumber.TryParse("99", out var number));
        var point = new AddressPoint(null, "Potocka", StreetNameNormalizer.Normalize("Potocka").Key, "99", number, "01-652", 52.2733, 20.97116, AddressSources.Prg, "test-potocka-99");
        var reloaded = factory.NextChange("gazetteer");
        await new AddressPointStore(options).UpsertAsync(AddressSources.Prg, [point], dryRun: false);

        await reloaded;   // the reload service's signal, not a sleep
        var after = await (await client.GetAsync(url)).Json();
        Assert.Equal("addressPoint", after.GetProperty("basis").GetString());
        Assert.Equal("resolved", after.GetProperty("status").GetString());
        Assert.Equal(["marymont-kaskada"], after.GetProperty("areas").Ids());
        Assert.Equal(52.2733, after.GetProperty("point").GetProperty("lat").GetDouble());
    }

    [Fact]
    public async Task On_postgres_an_activation_sent_while_the_listener_is_cut_off_is_served_after_it_reconnects()
    {
        var (setting, options) = await NewStoreAsync("postgres");
        using var factory = new StoreFactory(setting, reloadSeconds: 300);   // polling cannot be what delivers it
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var store = new DatasetStore(options);
        var current = new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset();
        var v2 = (await store.ImportAsync(current with { Areas = current.Areas.Skip(1).ToList() }, "operator import", dryRun: false)).VersionId!.Value;

        // Every other connection to the database is cut, the listener's among them; the activation's NOTIFY finds nobody listening.
        await using (var db = new CoverageMapDbContext(options))
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
        var switched = factory.NextChange("dataset");
        await store.ActivateAsync(v2);

        await switched;   // the listener reconnects, checks once and the reload service swaps v2 in
        Assert.Equal(v2, (await (await client.GetAsync("/healthz")).Json()).GetProperty("datasetVersion").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_restart_on_the_same_store_writes_no_new_version(string provider)
    {
        var (setting, options) = await NewStoreAsync(provider);
        using (var first = new StoreFactory(setting)) await first.CreateClient().GetAsync("/healthz");
        using (var second = new StoreFactory(setting)) await second.CreateClient().GetAsync("/healthz");

        var versions = await new DatasetStore(options).ListVersionsAsync();
        var only = Assert.Single(versions);
        Assert.True(only.IsActive);
        Assert.Equal(5, only.Areas);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
