using System.Net;
using System.Text;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>The same API over a real socket: Kestrel on 127.0.0.1, an ephemeral port.</summary>
public class KestrelTests
{
    [Fact]
    public async Task Lookups_and_body_limits_work_over_real_http_on_loopback()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), new Dictionary<string, string?> { ["Batch:MaxBodyBytes"] = "1000" });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);

        var json = await (await client.GetAsync("/api/lookup?lat=52.205&lon=21.01")).Json();
        Assert.Equal(["p-1", "p-2"], json.GetProperty("areas").Ids());

        // A chunked body (no Content-Length) over the limit is cut off with 413 by the server's own count.
        var body = "lat;lon\n" + string.Concat(Enumerable.Repeat("52,205;21,005\n", 200));
        var content = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("text/csv");
        var response = await client.PostAsync("/api/lookup/batch", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        var small = await client.PostAsync("/api/lookup/batch", TestHttp.Csv("lat;lon\n52,205;21,005\n"));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Contains(";p-1;", await small.Content.ReadAsStringAsync());
    }

    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
