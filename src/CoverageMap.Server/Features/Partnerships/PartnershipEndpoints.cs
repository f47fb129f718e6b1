using System.ComponentModel;
using System.Text.Json;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Partnerships;

/// <summary><c>GET /api/partnerships</c> and <c>GET /api/partnerships/{id}</c>: the registry, as DTOs, with ETags.</summary>
internal static class PartnershipEndpoints
{
    public static RouteGroupBuilder MapPartnerships(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/partnerships").WithTags("Partnerships")
            .RequireRateLimiting(RateLimitingExtensions.PerClientIp).RequireCors(CorsPolicies.PublicRead);

        group.MapGet("", List)
            .WithName("ListPartnerships")
            .WithSummary("All partnerships of the active dataset")
            .Produces<IReadOnlyList<PartnershipDto>>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/{id}", Get)
            .WithName("GetPartnership")
            .WithSummary("One partnership")
            .Produces<PartnershipDto>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return group;
    }

    internal static Results<FileContentHttpResult, StatusCodeHttpResult> List(ActiveDatasetHolder holder, SnapshotDocumentCache cache, HttpContext context)
    {
        var snapshot = holder.Current;
        var document = cache.GetOrCreate(snapshot, "partnerships", () =>
            Json(snapshot.Dataset.Partnerships.Select(p => PartnershipMapper.ToDto(p, HasArea(snapshot, p.Id))).ToArray()));
        return HttpCaching.Serve(context, document);
    }

    internal static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Get(
        [Description("The partnership's id (slug), e.g. marymont-kaskada.")] string id,
        ActiveDatasetHolder holder, SnapshotDocumentCache cache, HttpContext context)
    {
        var snapshot = holder.Current;
        var partnership = snapshot.Dataset.Partnerships.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        if (partnership is null) return ApiProblems.NotFound(ApiLanguageNegotiation.For(context.Request), "partnership", id);
        var document = cache.GetOrCreate(snapshot, "partnership:" + id, () => Json(PartnershipMapper.ToDto(partnership, HasArea(snapshot, id))));
        return HttpCaching.Serve(context, document) switch
        {
            { Result: FileContentHttpResult f } => f,
            { Result: StatusCodeHttpResult s } => s,
            _ => throw new InvalidOperationException(),
        };
    }

    private static bool HasArea(ActiveDataset snapshot, string id) =>
        snapshot.Dataset.Areas.Any(a => string.Equals(a.PartnershipId, id, StringComparison.Ordinal));

    private static CachedDocument Json<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Dto), "application/json; charset=utf-8");
}
