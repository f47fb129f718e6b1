using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// Regression tests of "Hardening" items 6 and 7: every error status is a problem+json with type, title and detail
/// (Polish by default, English on request) whatever the Accept header; security headers on data and docs.
/// </summary>
public class ProblemResponseTests
{
    private static CoverageMapFactory Kestrel(Dictionary<string, string?>? settings = null)
    {
        var factory = new CoverageMapFactory(SquareDataset.Create(), settings);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? detailContains = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/", json.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        var detail = json.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        if (detailContains is not null) Assert.Contains(detailContains, detail);
        return json;
    }

    // Defect: 404 and 405 had a title but no detail, and Accept: text/csv or XML got a text/plain body.
    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData(null)]
    public async Task Not_found_and_method_not_allowed_are_problems_with_a_detail_whatever_the_accept_header(string? accept)
    {
        using var factory = Kestrel();
        using var client = factory.CreateClient();
        using var notFound = new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here");
        if (accept is not null) notFound.Headers.TryAddWithoutValidation("Accept", accept);
        var json = await AssertProblem(await client.SendAsync(notFound), HttpStatusCode.NotFound, "/api/nothing-here");
        Assert.Equal("Nie znaleziono", json.GetProperty("title").GetString());

        using var wrongMethod = new HttpRequestMessage(HttpMethod.Delete, "/api/areas");
        if (accept is not null) wrongMethod.Headers.TryAddWithoutValidation("Accept", accept);
        wrongMethod.Headers.AcceptLanguage.ParseAdd("en");
        json = await AssertProblem(await client.SendAsync(wrongMethod), HttpStatusCode.MethodNotAllowed, "allowed: GET");
        Assert.Equal("Method not allowed", json.GetProperty("title").GetString());
    }

    // Defect: the 429 had no type (and with Accept: text/csv the problem service found no writer).
    [Fact]
    public async Task The_429_is_a_problem_with_a_type_and_retry_after_even_for_accept_text_csv()
    {
        using var factory = Kestrel(new() { ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:WindowSeconds"] = "60" });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/csv");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/lookup?lat=52.205&lon=21.005")).StatusCode);
        var limited = await client.GetAsync("/api/lookup?lat=52.205&lon=21.005");
        var json = await AssertProblem(limited, HttpStatusCode.TooManyRequests, "/api/lookup/batch");
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", json.GetProperty("type").GetString());
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    // Defect: 414 and 431 came from Kestrel with an empty body; the application now enforces the limits itself.
    [Fact]
    public async Task A_too_long_uri_is_a_414_problem_and_too_large_headers_a_431_problem()
    {
        using var factory = Kestrel();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await AssertProblem(await client.GetAsync("/api/lookup?address=" + new string('a', 9000)), HttpStatusCode.RequestUriTooLong, "longer than 8,192");

        using var big = new HttpRequestMessage(HttpMethod.Get, "/api/areas");
        big.Headers.TryAddWithoutValidation("X-Big", new string('b', 40_000));
        await AssertProblem(await client.SendAsync(big), HttpStatusCode.RequestHeaderFieldsTooLarge, "32,768 bytes");
    }

    [Fact]
    public async Task An_unsupported_batch_media_type_is_a_415_problem_with_a_detail()
    {
        using var factory = Kestrel();
        using var client = factory.CreateClient();
        var content = new StringContent("<points/>", Encoding.UTF8, "application/xml");
        await AssertProblem(await client.PostAsync("/api/lookup/batch", content), HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    /// <summary>
    /// What Kestrel rejects in its HTTP/1.1 parser, before the application exists for the request, cannot be shaped:
    /// Kestrel writes the status line with <c>Content-Length: 0</c> and closes (aspnet/KestrelHttpServer#2947). The
    /// test pins that these stay 4xx (never 5xx) so the fuzz and the report stay honest.
    /// </summary>
    [Theory]
    [InlineData("GET /api/areas%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("GET /api/\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("POST /api/lookup/batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\n\r\n", 400)]
    public async Task Requests_kestrel_rejects_before_the_application_stay_4xx(string raw, int status)
    {
        using var factory = Kestrel();
        using var client = factory.CreateClient();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, client.BaseAddress!.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(raw));
        var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync();
        Assert.StartsWith($"HTTP/1.1 {status} ", statusLine);
    }

    // Item 7: nosniff and a CSP on JSON and /docs; frame-ancestors configurable for /embed only, / gets 'self'.
    [Fact]
    public async Task Data_and_docs_carry_nosniff_and_a_csp_and_only_embed_takes_the_configured_frame_ancestors()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), new Dictionary<string, string?> { ["CoverageMap:Map:FrameAncestors"] = "https://um.warszawa.pl" });
        var client = factory.Client();
        foreach (var url in new[] { "/api/areas", "/api/lookup?lat=x", "/healthz", "/openapi/v1.json", "/api/nothing" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
            Assert.Contains("default-src 'none'", response.Header("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", response.Header("Content-Security-Policy"));
        }
        var docs = await client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Equal("nosniff", docs.Header("X-Content-Type-Options"));
        Assert.Contains("script-src 'self'", docs.Header("Content-Security-Policy"));

        var embed = await client.GetAsync("/embed");
        Assert.Contains("frame-ancestors https://um.warszawa.pl", embed.Header("Content-Security-Policy"));
        var page = await client.GetAsync("/");
        Assert.Contains("frame-ancestors 'self'", page.Header("Content-Security-Policy"));
        Assert.DoesNotContain("um.warszawa.pl", page.Header("Content-Security-Policy"));
    }
}
