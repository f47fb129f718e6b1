using Scalar.AspNetCore;

namespace CoverageMap.Server.Http;

/// <summary>OpenAPI document at <c>/openapi/v1.json</c> and the Scalar UI at <c>/docs</c>.</summary>
internal static class ApiDocsExtensions
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddOpenApi(o =>
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CoverageMap API";
            document.Info.Description =
                "Which Warsaw local partnership (partnerstwo lokalne) covers a point. " +
                "Coordinates: lat/lon in WGS 84 (EPSG:4326), or x/y with srid 2180 (PUWG 1992) or 2178 (CS2000 zone 7). " +
                "In this API x is ALWAYS the easting and y the northing, although EPSG lists 2180/2178 northing first. " +
                "Boundary rule: a point exactly on a border is covered by every area whose border it lies on; each such area " +
                "is returned with onBoundary=true. Errors are RFC 9457 problem details in Polish (default) or English " +
                "(Accept-Language: en). Decimal commas (52,23) are accepted.";
            return Task.CompletedTask;
        }));

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        // Only the one document: the framework's "/openapi/{documentName}.json" answers unknown names with a text/plain 404.
        app.MapOpenApi("/openapi/v1.json");
        app.MapScalarApiReference("/docs", o => o.WithTitle("CoverageMap API").DisableDefaultFonts());   // no font CDN: the CSP allows this server only
        return app;
    }
}
