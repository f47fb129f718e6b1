namespace CoverageMap.Server.Http;

/// <summary>
/// Headers every response carries unless its endpoint set its own: <c>X-Content-Type-Options: nosniff</c>, and a
/// Content-Security-Policy — for the API's JSON, CSV and problems one that allows nothing to load and no one to frame
/// them; for the Scalar UI at <c>/docs</c> one that allows its own scripts and styles (it bootstraps with an inline
/// module script) from this server only. The map page sets its own policy (see <c>MapPageEndpoints</c>). Stateless.
/// </summary>
internal sealed class ResponseHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The policy of data responses: nothing may run in or frame them.</summary>
    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The policy of the API docs (Scalar): scripts, styles and fonts from this server, the OpenAPI document by fetch.</summary>
    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (headers.ContentSecurityPolicy.Count == 0)
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/docs") ? DocsPolicy : DataPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
