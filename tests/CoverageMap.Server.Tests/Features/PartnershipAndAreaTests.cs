using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

public class PartnershipAndAreaTests
{
    [Fact]
    public async Task Partnerships_are_listed_with_everything_the_registry_holds()
    {
        var dataset = SquareDataset.Create(count: 2);
        dataset = dataset with { Partnerships = [.. dataset.Partnerships, SquareDataset.Partnership("no-area", "Bez obszaru")] };
        using var factory = new CoverageMapFactory(dataset);
        var response = await factory.Client().GetAsync("/api/partnerships");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var list = (await response.Json()).EnumerateArray().ToArray();
        Assert.Equal(["p-1", "p-2", "no-area"], list.Select(p => p.GetProperty("id").GetString()));
        var first = list[0];
        Assert.Equal("Partnerstwo P 1", first.GetProperty("name").GetString());
        Assert.Equal("Żoliborz", first.GetProperty("district").GetString());
        Assert.Equal("Stara nazwa", first.GetProperty("formerNames")[0].GetProperty("name").GetString());
        Assert.Equal("ul. Testowa 1", first.GetProperty("contact").GetProperty("street").GetString());
        Assert.False(first.GetProperty("boundary").GetProperty("streets")[1].GetProperty("inSource").GetBoolean());
        Assert.True(first.GetProperty("hasArea").GetBoolean());
        Assert.False(list[2].GetProperty("hasArea").GetBoolean());
    }

    [Theory]
    [InlineData(null, "Nie ma partnerstwa o identyfikatorze „nope”.")]
    [InlineData("en", "There is no partnership with the id 'nope'.")]
    public async Task One_partnership_by_id_and_a_localized_404(string? lang, string notFound)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var client = factory.Client(lang);
        var one = await (await client.GetAsync("/api/partnerships/p-2")).Json();
        Assert.Equal("p-2", one.GetProperty("id").GetString());
        var missing = await client.GetAsync("/api/partnerships/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.MediaType());
        Assert.Equal(notFound, (await missing.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Areas_are_a_geojson_feature_collection_with_properties_and_provenance()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client().GetAsync("/api/areas");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var features = json.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(3, features.Length);
        var f = features[1];
        Assert.Equal("Feature", f.GetProperty("type").GetString());
        Assert.Equal("p-2", f.GetProperty("id").GetString());
        Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString());
        var ring = f.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength());
        Assert.Equal(21.01, ring[0][0].GetDouble(), 9); // [lon, lat]
        Assert.Equal(52.2, ring[0][1].GetDouble(), 9);
        var props = f.GetProperty("properties");
        Assert.Equal("p-2", props.GetProperty("partnershipId").GetString());
        Assert.Equal("Partnerstwo P 2", props.GetProperty("name").GetString());
        Assert.Equal("synthetic", props.GetProperty("provenance").GetProperty("method").GetString());
        Assert.True(props.GetProperty("provenance").GetProperty("approximate").GetBoolean());
        var finding = props.GetProperty("provenance").GetProperty("findings")[0];
        Assert.Equal("faces-formed", finding.GetProperty("code").GetString());
        Assert.Equal(["1", "1", "0"], finding.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        Assert.Empty(props.GetProperty("provenance").GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task One_area_simplified_for_display_while_lookups_keep_the_full_geometry()
    {
        // A square whose south edge has a 3 m bump at 21.005: simplify=10 drops it, lookups still see it.
        double bump = 3 / CoverageMap.Core.Geometry.Geo.MetresPerDegree(52.2).PerDegreeLat;
        var polygon = CoverageMap.Core.Geometry.Geo.Factory.CreatePolygon([
            new(21.0, 52.2), new(21.005, 52.2 - bump), new(21.01, 52.2), new(21.01, 52.21), new(21.0, 52.21), new(21.0, 52.2)]);
        var dataset = new CoverageMap.Core.Areas.Dataset(1, "t", [SquareDataset.Partnership("b", "Bump")],
            [new CoverageMap.Core.Areas.Area("b", polygon, SquareDataset.Provenance())]);
        using var factory = new CoverageMapFactory(dataset);
        var client = factory.Client("en");

        var full = await (await client.GetAsync("/api/areas/b")).Json();
        Assert.Equal(6, full.GetProperty("geometry").GetProperty("coordinates")[0].GetArrayLength());
        var simplified = await client.GetAsync("/api/areas/b?simplify=10");
        Assert.Equal(5, (await simplified.Json()).GetProperty("geometry").GetProperty("coordinates")[0].GetArrayLength());

        var lookup = await (await client.GetAsync($"/api/lookup?lat={52.2 - bump / 2}&lon=21.005")).Json();
        Assert.True(lookup.GetProperty("covered").GetBoolean());

        var bad = await client.GetAsync("/api/areas?simplify=lots");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Json()).GetProperty("errors").TryGetProperty("simplify", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/areas/nope")).StatusCode);
    }

    [Theory]
    [InlineData("/api/areas")]
    [InlineData("/api/areas?simplify=5")]
    [InlineData("/api/areas/p-1")]
    [InlineData("/api/partnerships")]
    [InlineData("/api/partnerships/p-1")]
    public async Task ETags_round_trip_to_304_and_change_with_the_dataset(string url)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(version: 1));
        var client = factory.Client();
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);   // the body is sent with several content codings: a weak validator
        var cache = first.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.True(cache.MustRevalidate);
        Assert.Equal(TimeSpan.FromSeconds(60), cache.MaxAge);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);

        var next = SquareDataset.Create(version: 2);
        factory.Holder.Activate(next with { Partnerships = next.Partnerships.Select(p => p with { Name = p.Name + " (nowa)" }).ToArray() });
        var afterSwap = new HttpRequestMessage(HttpMethod.Get, url);
        afterSwap.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterSwap);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task GeoJson_and_json_are_compressed(string encoding)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var client = factory.Client();
        foreach (var url in new[] { "/api/areas", "/api/partnerships" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Healthz_reports_the_dataset_version_and_area_count()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(version: 42));
        var json = await (await factory.Client().GetAsync("/healthz")).Json();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(42, json.GetProperty("datasetVersion").GetInt64());
        Assert.Equal(3, json.GetProperty("areaCount").GetInt32());
        Assert.Equal(3, json.GetProperty("partnershipCount").GetInt32());
    }
}
