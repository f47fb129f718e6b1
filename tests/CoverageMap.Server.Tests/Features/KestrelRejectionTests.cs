using System.Net;
using System.Net.Sockets;
using System.Text;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// "Hardening" item 6. Defect: a request Kestrel rejects itself, before any middleware — <c>%00</c> or a raw non-ASCII
/// byte in the target, a request line or headers past Kestrel's own limits, garbage, an unknown HTTP version — was
/// answered with an empty body. Now each gets a problem+json body in Polish, over a real socket.
/// </summary>
public sealed class KestrelRejectionTests : IDisposable
{
    private readonly CoverageMapFactory _factory;
    private readonly int _port;

    public KestrelRejectionTests()
    {
        _factory = new CoverageMapFactory(SquareDataset.Create());
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        using var client = _factory.CreateClient();
        _port = client.BaseAddress!.Port;
    }

    public static TheoryData<string, byte[], int, string> Rejected => new()
    {
        { "raw non-ASCII byte in the query", [.. "GET /api/lookup?address="u8, 0xC5, 0x82, .. " HTTP/1.1\r\nHost: x\r\n\r\n"u8], 400, "%C5%82" },
        { "%00 in the path", "GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(), 400, "%00" },
        { "garbage", "GARBAGE\r\n\r\n"u8.ToArray(), 400, "wiersz żądania" },
        { "request line past Kestrel's limit", Encoding.ASCII.GetBytes("GET /" + new string('a', 40_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414, "8192 znaków" },
        { "headers past Kestrel's limit", Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\nX-A: " + new string('a', 80_000) + "\r\n\r\n"), 431, "32\u00a0768 bajtów" },
        { "unknown HTTP version", "GET / HTTP/3.0\r\nHost: x\r\n\r\n"u8.ToArray(), 505, "HTTP/1.1" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task A_request_Kestrel_rejects_itself_gets_a_problem_body(string what, byte[] request, int status, string detailPart)
    {
        var (head, body) = await Exchange(request);
        Assert.True(head.StartsWith($"HTTP/1.1 {status} ", StringComparison.Ordinal), what + ": " + head);
        Assert.Contains("Content-Type: application/problem+json; charset=utf-8", head, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", head, StringComparison.Ordinal);
        Assert.Contains("Connection: close", head, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Length: 0\r\n", head, StringComparison.Ordinal);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        var root = problem.RootElement;
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/", root.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.Contains(detailPart, root.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var length = head.Split("\r\n").Single(l => l.StartsWith("Content-Length: ", StringComparison.Ordinal));
        Assert.Equal(Encoding.UTF8.GetByteCount(body), int.Parse(length["Content-Length: ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_rejection_after_a_good_request_on_the_same_connection_gets_its_problem_and_the_good_answer_is_untouched()
    {
        var (all, _) = await Exchange("GET /healthz/live HTTP/1.1\r\nHost: x\r\n\r\nGET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(), whole: true);
        Assert.StartsWith("HTTP/1.1 200 OK", all, StringComparison.Ordinal);
        var second = all.IndexOf("HTTP/1.1 400 ", StringComparison.Ordinal);
        Assert.True(second > 0, all);
        Assert.Contains("application/problem+json", all[second..], StringComparison.Ordinal);
        Assert.Contains("\"status\":400", all[second..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_s_own_problems_pass_through_unchanged()
    {
        // A 404 the application makes keeps its own body (chunked, no rewrite): the filter only touches Kestrel's empty rejections.
        var (head, body) = await Exchange("GET /no-such-thing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"u8.ToArray());
        Assert.StartsWith("HTTP/1.1 404 ", head, StringComparison.Ordinal);
        Assert.DoesNotContain("Cache-Control: no-store", head, StringComparison.Ordinal);
        Assert.Contains("/no-such-thing", body, StringComparison.Ordinal);
    }

    /// <summary>Sends raw bytes and reads until the server closes; the head and the (de-chunked when simple) body.</summary>
    private async Task<(string Head, string Body)> Exchange(byte[] request, bool whole = false)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        using var read = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try { await stream.CopyToAsync(read, timeout.Token); }
        catch (IOException) { /* the server may reset after its answer to a request it could not read */ }
        var text = Encoding.UTF8.GetString(read.ToArray());
        if (whole) return (text, "");
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, "no response head: " + text);
        var head = text[..split];
        var body = text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.Ordinal))
        {
            var size = body.IndexOf("\r\n", StringComparison.Ordinal);
            body = body[(size + 2)..body.LastIndexOf("\r\n0\r\n", StringComparison.Ordinal)];
        }
        return (head, body);
    }

    public void Dispose() => _factory.Dispose();
}
