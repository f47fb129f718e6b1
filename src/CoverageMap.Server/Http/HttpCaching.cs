using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CoverageMap.Server.Http;

/// <summary>Serves a <see cref="CachedDocument"/> with validators: ETag, Cache-Control, and 304 for a matching If-None-Match.</summary>
internal static class HttpCaching
{
    /// <summary>Browsers and proxies may reuse a body for a minute, then must revalidate (cheap: a 304).</summary>
    public const string CacheControl = "public, max-age=60, must-revalidate";

    public static Results<FileContentHttpResult, StatusCodeHttpResult> Serve(HttpContext context, CachedDocument document)
    {
        context.Response.Headers.ETag = document.ETag;
        context.Response.Headers.CacheControl = CacheControl;
        return Matches(context.Request, document.ETag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(document.Body, document.ContentType);
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2); <c>*</c> matches any current body.</summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags)) return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
