using System.Net;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>"Hardening" item 4: forwarded headers are trusted only from configured proxies.</summary>
public class ForwardedHeadersTests
{
    private static async Task<HttpStatusCode[]> RotatingForwardedFor(Dictionary<string, string?> settings)
    {
        settings["RateLimiting:PermitLimit"] = "2";
        settings["RateLimiting:WindowSeconds"] = "60";
        using var factory = new CoverageMapFactory(SquareDataset.Create(), settings);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 1; i <= 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/lookup?lat=52.205&lon=21.005");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", $"203.0.113.{i}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return [.. statuses];
    }

    // Defect: with the README's ASPNETCORE_FORWARDEDHEADERS_ENABLED=true every sender was a trusted proxy, so a client
    // reaching Kestrel directly and rotating X-Forwarded-For was never limited.
    [Fact]
    public async Task A_direct_client_rotating_x_forwarded_for_is_still_rate_limited_with_the_environment_switch_on()
    {
        var statuses = await RotatingForwardedFor(new() { ["FORWARDEDHEADERS_ENABLED"] = "true" });
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        var statuses = await RotatingForwardedFor(new() { ["CoverageMap:ForwardedHeaders:KnownProxies"] = "127.0.0.1" });
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task A_configured_proxy_network_is_trusted_and_no_setting_trusts_nobody()
    {
        Assert.All(await RotatingForwardedFor(new() { ["CoverageMap:ForwardedHeaders:KnownProxies"] = "127.0.0.0/8" }), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await RotatingForwardedFor([]))[2]);
    }
}
