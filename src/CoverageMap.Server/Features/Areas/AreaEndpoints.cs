using System.ComponentModel;
using System.Globalization;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Areas;

/// <summary>
/// <c>GET /api/areas</c> and <c>GET /api/areas/{id}</c>: areas as GeoJSON, optionally simplified for display.
/// Bodies are computed once per (dataset snapshot, query) and served with a strong ETag; lookups never use the
/// simplified geometry.
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
            .WithDescription("Properties: partnershipId, name, provenance. ?simplify=N simplifies for display (N metres, 0–1000, topology preserved). ETag + If-None-Match → 304.")
            .Produces<AreaFeatureCollectionDto>(StatusCodes.Status200OK, AreaGeoJson.ContentType)
            .Produces(StatusCodes.Status304NotModified)
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

    internal static Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem> List(
        [Description("Simplify for display: tolerance in whole metres, 0–1000 (default 0 = full geometry).")] string? simplify,
        ActiveDatasetHolder holder, SnapshotDocumentCache cache, HttpContext context)
    {
        if (!TryTolerance(simplify, out int metres, out var error)) return ApiProblems.Validation([error!], ApiLanguageNegotiation.For(context.Request));
        var snapshot = holder.Current;
        var document = cache.GetOrCreate(snapshot, "areas:" + metres.ToString(CultureInfo.InvariantCulture), () => AreaGeoJson.Collection(snapshot, metres));
        return HttpCaching.Serve(context, document).Result switch
        {
            FileContentHttpResult f => f,
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
