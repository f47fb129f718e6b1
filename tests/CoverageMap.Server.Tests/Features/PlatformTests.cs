using System.Net;
using System.Text.Json;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

public class PlatformTests
{
    [Fact]
    public async Task OpenApi_describes_every_endpoint_parameter_and_error()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Json();
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/lookup", "/api/lookup/batch", "/api/partnerships", "/api/partnerships/{id}", "/api/areas", "/api/areas/{id}", "/healthz" })
            Assert.True(paths.TryGetProperty(path, out _), path);

        var lookup = paths.GetProperty("/api/lookup").GetProperty("get");
        var parameters = lookup.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["address", "district", "lat", "lon", "x", "y", "srid", "version", "date"], parameters.Keys);
        Assert.Contains("/api/versions", parameters["version"].GetProperty("description").GetString());
        Assert.Contains("address", parameters["address"].GetProperty("description").GetString());
        Assert.Contains("easting", parameters["x"].GetProperty("description").GetString());
        Assert.Contains("WGS 84", parameters["lat"].GetProperty("description").GetString());
        var responses = lookup.GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        Assert.True(responses.TryGetProperty("429", out _));

        var batch = paths.GetProperty("/api/lookup/batch").GetProperty("post");
        Assert.True(batch.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        foreach (var code in new[] { "200", "400", "413", "415", "429" }) Assert.True(batch.GetProperty("responses").TryGetProperty(code, out _), code);
        var areas = paths.GetProperty("/api/areas").GetProperty("get");
        foreach (var code in new[] { "200", "304", "400", "404" }) Assert.True(areas.GetProperty("responses").TryGetProperty(code, out _), "/api/areas " + code);
        Assert.Equal(["simplify", "format", "version", "date"], areas.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(paths.GetProperty("/api/areas/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.Contains("x is ALWAYS the easting", doc.GetProperty("info").GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_docs_ui_is_served_at_docs()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client().GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
    }

    [Fact]
    public async Task Cors_allows_any_origin_to_read_and_to_batch_but_not_to_write()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var client = factory.Client();

        foreach (var url in new[] { "/api/lookup?lat=52.205&lon=21.005", "/api/areas", "/api/partnerships", "/healthz" })
        {
            var get = new HttpRequestMessage(HttpMethod.Get, url);
            get.Headers.Add("Origin", "https://bemowo.um.warszawa.pl");
            var response = await client.SendAsync(get);
            Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        }

        var readPreflight = Preflight("/api/areas", "GET");
        var allowed = await client.SendAsync(readPreflight);
        Assert.Equal("*", allowed.Header("Access-Control-Allow-Origin"));

        var batchPreflight = await client.SendAsync(Preflight("/api/lookup/batch", "POST"));
        Assert.Equal("*", batchPreflight.Header("Access-Control-Allow-Origin"));
        Assert.Contains("POST", batchPreflight.Header("Access-Control-Allow-Methods"));

        foreach (var (url, method) in new[] { ("/api/partnerships", "POST"), ("/api/partnerships/p-1", "DELETE"), ("/api/areas/p-1", "PUT") })
        {
            var write = await client.SendAsync(Preflight(url, method));
            Assert.Null(write.Header("Access-Control-Allow-Origin"));
            Assert.Null(write.Header("Access-Control-Allow-Methods"));
        }

        static HttpRequestMessage Preflight(string url, string method)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, url);
            request.Headers.Add("Origin", "https://bemowo.um.warszawa.pl");
            request.Headers.Add("Access-Control-Request-Method", method);
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return request;
        }
    }

    [Theory]
    [InlineData(null, "Za dużo zapytań")]
    [InlineData("en", "Too many requests")]
    public async Task The_rate_limit_answers_429_with_retry_after_and_a_problem(string? lang, string title)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "3",
            ["RateLimiting:WindowSeconds"] = "60",
        });
        var client = factory.Client(lang);
        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/lookup?lat=52.205&lon=21.005")).StatusCode);
        var limited = await client.GetAsync("/api/areas");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", limited.MediaType());
        var problem = await limited.Json();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode); // health is never limited
    }

    [Fact]
    public async Task Swapping_datasets_under_load_never_gives_a_mixed_or_half_built_answer()
    {
        var a = SquareDataset.Create(version: 1, prefix: "a");
        var b = SquareDataset.Create(version: 2, prefix: "b", count: 2);
        using var factory = new CoverageMapFactory(a);
        var client = factory.Client();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<long, int>();
        using var stop = new CancellationTokenSource();
        using var answered = new SemaphoreSlim(0);   // released after every answer: the swaps wait on it, not on sleeps

        var hammers = Enumerable.Range(0, 4).Select(t => Task.Run(async () =>
        {
            int n = 0;
            while (!stop.IsCancellationRequested || n < 50)
            {
                // Alternate a point in area 2 (both versions) and one in area 3 (only version 1).
                bool third = (n++ + t) % 2 == 0;
                var json = await (await client.GetAsync(third ? "/api/lookup?lat=52.205&lon=21.025" : "/api/lookup?lat=52.205&lon=21.015")).Json();
                long version = json.GetProperty("datasetVersion").GetInt64();
                seen.AddOrUpdate(version, 1, (_, c) => c + 1);
                answered.Release();
                string prefix = version == 1 ? "a-" : "b-";
                if (third && version == 2)
                {
                    Assert.False(json.GetProperty("covered").GetBoolean());
                    Assert.Equal("b-2", json.GetProperty("nearest").GetProperty("partnershipId").GetString());
                }
                else
                {
                    var id = Assert.Single(json.GetProperty("areas").Ids());
                    Assert.Equal(prefix + (third ? "3" : "2"), id);
                    Assert.StartsWith("Partnerstwo " + prefix[0].ToString().ToUpperInvariant(), json.GetProperty("areas")[0].GetProperty("name").GetString());
                }
            }
        })).ToArray();

        for (int i = 0; i < 40; i++)
        {
            factory.Holder.Activate(i % 2 == 0 ? b : a);
            for (int k = 0; k < 4; k++) await answered.WaitAsync();   // a few answers from the new snapshot before the next swap
        }
        stop.Cancel();
        await Task.WhenAll(hammers);
        Assert.True(seen.ContainsKey(1) && seen.ContainsKey(2), "both versions should have answered");
    }
}
