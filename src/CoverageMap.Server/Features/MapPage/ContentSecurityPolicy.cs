namespace CoverageMap.Server.Features.MapPage;

/// <summary>
/// The Content-Security-Policy of the map page: scripts, styles and data only from the server itself, images from
/// the server (and data: URLs) and the configured tile host, no inline script. Stateless.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The header value for the given tile URL template and frame ancestors.</summary>
    public static string For(string tileUrl, string frameAncestors)
    {
        var tileSource = TileSource(tileUrl);
        // data: for the empty GIF Leaflet puts in a tile's place when it cancels the tile's load.
        var img = tileSource is null ? "'self' data:" : $"'self' data: {tileSource}";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            $"img-src {img}",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            $"frame-ancestors {frameAncestors}");
    }

    /// <summary>
    /// The CSP source expression of a tile URL template's host: <c>https://tile.openstreetmap.org</c>; a
    /// <c>{s}</c> subdomain becomes a wildcard (<c>https://*.tile.example.org</c>). Null for a relative template.
    /// </summary>
    public static string? TileSource(string tileUrl)
    {
        var probe = tileUrl.Replace("{s}", "s", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var hostTemplate = tileUrl[(tileUrl.IndexOf("//", StringComparison.Ordinal) + 2)..];
        var host = hostTemplate.StartsWith("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[2..] : uri.Host;
        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        return $"{uri.Scheme}://{host}{port}";
    }
}
