using System.ComponentModel;
using System.Globalization;
using CoverageMap.Core.Lookup;
using CoverageMap.Data.Exchange;
using CoverageMap.Server.Features.Versions;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Features.Areas;

/// <summary>
/// <c>GET /api/areas</c> and <c>GET /api/areas/{id}</c>: areas as GeoJSON, optionally simplified for display; and
/// <c>GET /api/areas?format=</c>: the whole version (every partnership record with its area, full precision) as an
/// exchange document — GeoJSON, GeoPackage, a zipped Shapefile, KML or CSV with WKT (<see cref="DatasetExport"/>) —
/// of the active version or the one <c>?version=</c> or <c>?date=</c> names. Bodies are computed once per (dataset
/// snapshot, query) and served with an ETag; lookups never use the simplified geometry.
/// </summary>
internal static class AreaEndpoints
{
    public const int MaxSimplifyMetres = 1000;

    public static RouteGroupBuilder MapAreas(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/areas").WithTags("Areas")
            .RequireRateLimiting(RateLimitingExtensions.PerClientIp).RequireCors(CorsPolicies.PublicRead);

        group.MapGet("", List)
            .WithName("ListAreas")
            .WithSummary("All areas as a GeoJSON FeatureCollection")
            .WithDescription("Properties: partnershipId, name, provenance. ?simplify=N simplifies for display (N metres, 0–1000, topology preserved). " +
                "?format=geojson|gpkg|shp|kml|csv exports the whole version instead, as a file to download: every partnership (its record as JSON) " +
                "with its area at full precision, in GeoJSON (application/geo+json), GeoPackage (application/geopackage+sqlite3), a zip of the Shapefile " +
                "(.shp, .shx, .dbf, .prj, .cpg; application/zip), KML (application/vnd.google-earth.kml+xml) or CSV with WKT (text/csv); " +
                "the same files `coveragemap import-areas` reads. ?version= or ?date= choose the version (see /api/versions); X-Dataset-Version names it. " +
                "ETag + If-None-Match → 304.")
            .Produces<AreaFeatureCollectionDto>(StatusCodes.Status200OK, AreaGeoJson.ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/{id}", Get)
            .WithName("GetArea")
            .WithSummary("One partnership's area as a GeoJSON Feature")
            .Produces<AreaFeatureDto>(StatusCodes.Status200OK, AreaGeoJson.ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return group;
    }

    internal static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> List(
        [Description("Simplify for display: tolerance in whole metres, 0–1000 (default 0 = full geometry).")] string? simplify,
        [Description("Export the whole version as a file: geojson, gpkg, shp (zipped), kml or csv (WKT). Full precision; not with simplify.")] string? format,
        [Description("The dataset version (an id from /api/versions); default: the active one.")] string? version,
        [Description("The version that served at this date: YYYY-MM-DD (the start of that day, Warsaw time) or an ISO 8601 date and time.")] string? date,
        VersionedAnswers versions, IStringLocalizer<VersionCatalogue> text, TimeProvider clock, SnapshotDocumentCache cache, HttpContext context)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        if (!TryTolerance(simplify, out int metres, out var error)) return ApiProblems.Validation([error!], lang);
        ExchangeFormat? exchange = null;
        if (!string.IsNullOrWhiteSpace(format))
        {
            var errors = new Editor.EditorErrors();
            exchange = ExchangeFormats.Parse(format);
            if (exchange is null) errors.Add("format", text["UnknownFormat", string.Join(", ", ExchangeFormats.Names), format.Length > 40 ? format[..40] + "…" : format]);
            else if (metres > 0) errors.Add("simplify", text["SimplifyWithFormat"]);
            if (errors.Any) return errors.ToProblem(lang);
        }
        var choice = await VersionSelection.ChooseAsync(version, date, versions, text, clock, lang, context.RequestAborted);
        if (choice.Invalid is { } invalid) return invalid;
        if (choice.Missing is { } missing) return missing;
        var snapshot = choice.Answers!.Snapshot;
        var id = snapshot.Dataset.Version.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-Dataset-Version"] = id;
        CachedDocument document;
        if (exchange is { } f)
        {
            var name = "coveragemap-v" + id;
            document = cache.GetOrCreate(snapshot, "export:" + ExchangeFormats.Names[(int)f],
                () => new CachedDocument(DatasetExport.Document(snapshot.Dataset, f, name), ExchangeFormats.MediaType(f)));
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}{ExchangeFormats.Extension(f, singleFile: true)}\"";
        }
        else document = cache.GetOrCreate(snapshot, "areas:" + metres.ToString(CultureInfo.InvariantCulture), () => AreaGeoJson.Collection(snapshot, metres));
        return HttpCaching.Serve(context, document).Result switch
        {
            FileContentHttpResult file => file,
            StatusCodeHttpResult s => s,
            _ => throw new InvalidOperationException(),
        };
    }

    internal static Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult> Get(
        [Description("The partnership's id (slug).")] string id,
        [Description("Simplify for display: tolerance in whole metres, 0–1000 (default 0 = full geometry).")] string? simplify,
        ActiveDatasetHolder holder, SnapshotDocumentCache cache, HttpContext context)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        if (!TryTolerance(simplify, out int metres, out var error)) return ApiProblems.Validation([error!], lang);
        var snapshot = holder.Current;
        var area = snapshot.Dataset.Areas.FirstOrDefault(a => string.Equals(a.PartnershipId, id, StringComparison.Ordinal));
        if (area is null) return ApiProblems.NotFound(lang, "area", id);
        var document = cache.GetOrCreate(snapshot, "area:" + id + ":" + metres.ToString(CultureInfo.InvariantCulture),
            () => AreaGeoJson.Document(AreaGeoJson.ToFeature(snapshot, area, metres)));
        return HttpCaching.Serve(context, document).Result switch
        {
            FileContentHttpResult f => f,
            StatusCodeHttpResult s => s,
            _ => throw new InvalidOperationException(),
        };
    }

    private static bool TryTolerance(string? raw, out int metres, out FieldError? error)
    {
        error = null;
        metres = 0;
        if (string.IsNullOrWhiteSpace(raw)) return true;
        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out metres) && metres <= MaxSimplifyMetres) return true;
        error = new FieldError("simplify", FieldErrorKind.NotAnInteger, raw.Length > 40 ? raw[..40] + "…" : raw, "0…1000");
        return false;
    }
}
