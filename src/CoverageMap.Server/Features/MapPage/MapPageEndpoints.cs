using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Features.MapPage;

/// <summary>
/// The map page (issue #4): <c>/</c> and <c>/embed</c> serve the page built into wwwroot, its assets are static files,
/// <c>/api/config</c> tells it the basemap, and <c>/api/streets/lines</c> gives it street lines to draw when the
/// basemap cannot load. Every page response carries the Content-Security-Policy: <c>/embed</c> may be framed by the
/// configured <c>CoverageMap:Map:FrameAncestors</c> (district websites), <c>/</c> and the assets only by this site.
/// </summary>
public static class MapPageEndpoints
{
    /// <summary>Binds <see cref="MapPageOptions"/> and registers the street lines.</summary>
    public static WebApplicationBuilder AddMapPage(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MapPageOptions>(builder.Configuration.GetSection(MapPageOptions.Section));
        builder.Services.AddSingleton(sp => new StreetLinesSource(sp.GetRequiredService<Lookup.AddressResolverProvider>()));
        return builder;
    }

    /// <summary>Serves the page, its static files and its two small endpoints.</summary>
    public static WebApplication MapMapPage(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MapPageOptions>>().Value;
        var csp = ContentSecurityPolicy.For(options.TileUrl, "'self'");
        var embedCsp = ContentSecurityPolicy.For(options.TileUrl, options.FrameAncestors);

        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider { Mappings = { [".mjs"] = "text/javascript" } },
            OnPrepareResponse = ctx => AddPageHeaders(ctx.Context.Response, csp, "public, max-age=300"),
        });

        app.MapGet("/", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "index.html", csp)).ExcludeFromDescription();
        app.MapGet("/embed", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "index.html", embedCsp)).ExcludeFromDescription();

        var api = app.MapGroup("/api");
        api.MapGet("/config", GetConfig).WithName("GetMapConfig")
            .WithSummary("The basemap the page draws: tile URL template, attribution (plain text) and its link.");
        api.MapGet("/streets/lines", GetStreetLines).WithName("GetStreetLines")
            .WithSummary("The street network the server knows, as a GeoJSON FeatureCollection of named lines (EPSG:4326).");
        return app;
    }

    /// <summary>The page's view of the map configuration.</summary>
    public sealed record MapConfigDto(string TileUrl, string TileAttribution, string TileAttributionUrl, int TileMaxZoom);

    internal static Ok<MapConfigDto> GetConfig(IOptions<MapPageOptions> options)
    {
        var o = options.Value;
        return TypedResults.Ok(new MapConfigDto(o.TileUrl, o.TileAttribution, o.TileAttributionUrl, o.TileMaxZoom));
    }

    internal static IResult GetStreetLines(StreetLinesSource lines) =>
        TypedResults.Text(lines.GeoJson, "application/geo+json; charset=utf-8");

    /// <summary>A page of wwwroot (<paramref name="fileName"/>) with the page headers, or a 503 problem when the page was not built.</summary>
    internal static IResult Page(HttpContext http, IWebHostEnvironment env, string fileName, string csp)
    {
        var file = env.WebRootFileProvider.GetFileInfo(fileName);
        if (!file.Exists || file.PhysicalPath is null)
        {
            var lang = ApiLanguageNegotiation.For(http.Request);
            return TypedResults.Problem(
                title: ApiText.Text(lang, "PageNotBuiltTitle"),
                detail: ApiText.Text(lang, "PageNotBuilt"),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        AddPageHeaders(http.Response, csp, "no-cache");
        return TypedResults.PhysicalFile(file.PhysicalPath, "text/html; charset=utf-8");
    }

    private static void AddPageHeaders(HttpResponse response, string csp, string cacheControl)
    {
        response.Headers.ContentSecurityPolicy = csp;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        response.Headers.CacheControl = cacheControl;
    }
}
