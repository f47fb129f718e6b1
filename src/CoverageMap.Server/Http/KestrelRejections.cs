using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace CoverageMap.Server.Http;

/// <summary>
/// The problem bodies for the responses Kestrel writes itself, before any middleware runs, when it cannot parse a
/// request: a raw non-ASCII byte or <c>%00</c> in the target, a request line or headers past Kestrel's own limits, a
/// missing length, a timed-out or malformed request, an HTTP version it does not speak. Such a response is recognised
/// by its shape — a status Kestrel rejects with, <c>Content-Length: 0</c>, <c>Connection: close</c>, no
/// <c>Content-Type</c>, the whole header block in one write — which no response of the application has (its errors
/// always carry a problem body). The text is Polish, the default language: the request's own headers were never read.
/// Bodies are made once; immutable and thread-safe.
/// </summary>
internal sealed class KestrelRejections
{
    private const int MaxHeaderBlock = 2048;

    private static readonly byte[] ContentLengthZero = "\r\nContent-Length: 0\r\n"u8.ToArray();
    private static readonly byte[] ConnectionClose = "\r\nConnection: close\r\n"u8.ToArray();
    private static readonly byte[] ContentType = "\r\nContent-Type:"u8.ToArray();
    private static readonly byte[] EndOfHeaders = "\r\n\r\n"u8.ToArray();

    private readonly FrozenDictionary<int, byte[]> _bodies;

    public KestrelRejections()
    {
        var lang = ApiLanguage.Pl;
        _bodies = new[] { 400, 405, 408, 411, 413, 414, 431, 505 }.ToFrozenDictionary(status => status, status =>
        {
            var problem = new ProblemDetails
            {
                Type = ApiProblems.TypeFor(status),
                Title = ApiText.StatusTitle(lang, status),
                Status = status,
                Detail = status switch
                {
                    400 => ApiText.Text(lang, "Detail400Unreadable"),
                    408 => ApiText.Text(lang, "Detail408"),
                    411 => ApiText.Text(lang, "Detail411"),
                    505 => ApiText.Text(lang, "Detail505"),
                    _ => ApiText.StatusDetail(lang, status, "", "/", "", null),
                },
            };
            return JsonSerializer.SerializeToUtf8Bytes(problem, ApiJson.Problem);
        });
    }

    /// <summary>
    /// When <paramref name="written"/> is a whole response Kestrel made for a rejected request, gives the same response
    /// with a problem body (its other headers kept); otherwise false.
    /// </summary>
    public bool TryRewrite(ReadOnlySpan<byte> written, out byte[] replacement)
    {
        replacement = [];
        if (written.Length < 20 || written.Length > MaxHeaderBlock
            || !(written.StartsWith("HTTP/1.1 "u8) || written.StartsWith("HTTP/1.0 "u8))
            || !TryStatus(written.Slice(9, 3), out var status) || !_bodies.TryGetValue(status, out var body)
            || !written.EndsWith(EndOfHeaders)
            || written.IndexOf(ContentLengthZero) < 0 || written.IndexOf(ConnectionClose) < 0 || written.IndexOf(ContentType) >= 0)
            return false;

        var kept = written[..^2]; // the header block without its closing empty line
        var at = kept.IndexOf(ContentLengthZero);
        var headers = new StringBuilder(Encoding.ASCII.GetString(kept[..(at + 2)]));
        headers.Append(Encoding.ASCII.GetString(kept[(at + ContentLengthZero.Length)..]));
        headers.Append("Content-Type: application/problem+json; charset=utf-8\r\n")
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Content-Language: pl\r\n")
            .Append("X-Content-Type-Options: nosniff\r\n")
            .Append("Content-Security-Policy: ").Append(ResponseHeadersMiddleware.DataPolicy).Append("\r\n")
            .Append("Cache-Control: no-store\r\n\r\n");
        replacement = [.. Encoding.ASCII.GetBytes(headers.ToString()), .. body];
        return true;
    }

    private static bool TryStatus(ReadOnlySpan<byte> digits, out int status)
    {
        status = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'9') return false;
            status = status * 10 + (d - '0');
        }
        return true;
    }
}
