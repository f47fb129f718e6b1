using System.Net;
using System.Text.Json.Nodes;
using CoverageMap.Data.Store;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CoverageMap.Server.Tests.Features;

/// <summary>"Hardening" item 1: a bad file in geodata/ at start never throws away good stored data.</summary>
public sealed class GeodataStartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-geodata-start-").FullName;

    private string Db => Path.Combine(_dir, "store.db");

    private string Geodata => Path.Combine(_dir, "geodata");

    private sealed class Factory(string database, string geodata) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("RateLimiting:PermitLimit", "0");
            builder.UseSetting("CoverageMap:Store:Database", database);
            builder.UseSetting("CoverageMap:Store:Geodata", geodata);
            builder.UseSetting("CoverageMap:Store:ReloadSeconds", "0");
            foreach (var (key, value) in TestSettings.NoStreets()) builder.UseSetting(key, value);
        }
    }

    private void CopyGeodata()
    {
        Directory.CreateDirectory(Geodata);
        foreach (var name in new[] { "partnerships.json", "areas.geojson" })
            File.Copy(SharedData.RepoPath("geodata", name), Path.Combine(Geodata, name), overwrite: true);
    }

    /// <summary>Replaces the first area with a bow-tie (a self-intersecting ring).</summary>
    private void BreakAnArea()
    {
        var path = Path.Combine(Geodata, "areas.geojson");
        var doc = JsonNode.Parse(File.ReadAllText(path))!;
        doc["features"]![0]!["geometry"] = JsonNode.Parse("""{"type":"Polygon","coordinates":[[[20.97,52.27],[20.98,52.28],[20.98,52.27],[20.97,52.28],[20.97,52.27]]]}""");
        File.WriteAllText(path, doc.ToJsonString());
    }

    // Defect: with a good active version stored, a self-intersecting polygon in areas.geojson made the server log
    // "serving the empty dataset"; /healthz said 200 {"status":"empty","datasetVersion":0} and every lookup covered:false.
    [Fact]
    public async Task A_self_intersecting_area_at_start_is_reported_and_the_last_good_version_keeps_serving()
    {
        CopyGeodata();
        long version;
        DateTimeOffset activatedAt;
        using (var first = new Factory(Db, Geodata))
        {
            var health = await (await first.CreateClient().GetAsync("/healthz")).Json();
            version = health.GetProperty("datasetVersion").GetInt64();
            activatedAt = health.GetProperty("activatedAt").GetDateTimeOffset();
            Assert.Equal("geodata", health.GetProperty("datasetLabel").GetString());   // defect: "geodata: /srv/…" leaked a path
            Assert.Equal("seed", health.GetProperty("datasetOrigin").GetString());
        }
        var stored = Assert.Single(await new DatasetStore(StoreOptions.Sqlite(Db)).ListVersionsAsync());
        Assert.Equal(stored.ActivatedAt, activatedAt);   // defect: it was the process's load time

        BreakAnArea();
        using var second = new Factory(Db, Geodata);
        var client = second.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(_dir, text);                  // no machine paths
        var json = await response.Json();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(version, json.GetProperty("datasetVersion").GetInt64());
        Assert.Equal(activatedAt, json.GetProperty("activatedAt").GetDateTimeOffset());
        var problem = Assert.Single(json.GetProperty("geodataProblems").EnumerateArray()).GetString()!;
        Assert.Equal("areas.geojson: obszar „Dla Zatrasia i Rudawki” nie jest prawidłowym wielokątem: samoprzecięcie na szerokości 52.275, długości 20.975.", problem);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await client.GetAsync("/healthz")).Json();
        Assert.Equal("areas.geojson: the area “Dla Zatrasia i Rudawki” is not a valid polygon: self-intersection at latitude 52.275, longitude 20.975.",
            Assert.Single(english.GetProperty("geodataProblems").EnumerateArray()).GetString());

        var inKaskada = await (await client.GetAsync("/api/lookup?lat=52.2733&lon=20.97116")).Json();
        Assert.Equal(["marymont-kaskada"], inKaskada.GetProperty("areas").Ids());
        Assert.Single(await new DatasetStore(StoreOptions.Sqlite(Db)).ListVersionsAsync());   // nothing imported
    }

    [Fact]
    public async Task With_nothing_valid_to_serve_readiness_is_a_503_problem_and_liveness_is_200()
    {
        CopyGeodata();
        BreakAnArea();
        using var factory = new Factory(Db, Geodata);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal("empty", json.GetProperty("health").GetString());
        Assert.Contains("geodata folder failed validation", json.GetProperty("detail").GetString());
        Assert.Contains("areas.geojson", json.GetProperty("geodataProblems")[0].GetString());

        var live = await client.GetAsync("/healthz/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("live", (await live.Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_version_an_operator_activated_is_kept_by_origin_not_by_its_label()
    {
        CopyGeodata();
        var store = new DatasetStore(StoreOptions.Sqlite(Db));
        await store.MigrateAsync();
        var dataset = new CoverageMap.Data.Geodata.GeodataFolder(Geodata).LoadDataset();
        var own = dataset with { Areas = dataset.Areas.Skip(1).ToList() };
        // A label that starts like the old seed prefix: only the origin column decides.
        var manual = (await store.ImportAsync(own, "geodata: an operator's own", dryRun: false)).VersionId!.Value;
        await store.ActivateAsync(manual);

        using var factory = new Factory(Db, Geodata);
        var json = await (await factory.CreateClient().GetAsync("/healthz")).Json();
        Assert.Equal(manual, json.GetProperty("datasetVersion").GetInt64());
        Assert.Equal("import", json.GetProperty("datasetOrigin").GetString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
