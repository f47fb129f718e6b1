using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Health;

/// <summary><c>GET /healthz</c>: liveness plus the active dataset's version and size. Not rate-limited.</summary>
internal static class HealthEndpoints
{
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/healthz", Health)
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Health and the active dataset's version and area count")
            .RequireCors(CorsPolicies.PublicRead);

    internal static Ok<HealthDto> Health(ActiveDatasetHolder holder)
    {
        var s = holder.Current;
        return TypedResults.Ok(new HealthDto(s.Index.Count > 0 ? "ok" : "empty", s.Dataset.Version, s.Dataset.Label,
            s.Index.Count, s.Dataset.Partnerships.Count, s.ActivatedAt));
    }
}
