using System.Security.Cryptography;

namespace CoverageMap.Server.Http;

/// <summary>
/// A response body computed once per dataset snapshot and query, with its ETag (a hash of the bytes, so equal bodies
/// share a tag and a new dataset version that changes the body changes it). The tag is weak (<c>W/"…"</c>): the same
/// body is sent gzip-, brotli- or un-compressed, and those bytes differ, which a strong tag must not hide. Immutable.
/// </summary>
internal sealed class CachedDocument
{
    public CachedDocument(byte[] body, string contentType)
    {
        Body = body;
        ContentType = contentType;
        ETag = "W/\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
    }

    public byte[] Body { get; }
    public string ContentType { get; }
    public string ETag { get; }
}
