using CoverageMap.Core.Lookup;
using CoverageMap.Server.Datasets;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Health;

/// <summary>
/// <c>GET /healthz</c>: readiness — 200 with the active dataset's version and size when there is a dataset with areas
/// to serve, else a 503 problem carrying the same fields (and why the geodata folder was refused, if it was);
/// <c>GET /healthz/live</c>: liveness, 200 while the process runs. Not rate-limited.
/// </summary>
internal static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/healthz").WithTags("Health").RequireCors(CorsPolicies.PublicRead);
        group.MapGet("", Health)
            .WithName("Health")
            .WithSummary("Readiness: the active dataset's version and area count; 503 when there is nothing valid to serve")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/live", Live)
            .WithName("Liveness")
            .WithSummary("Liveness: 200 while the process runs");
        return group;
    }

    internal static Results<Ok<HealthDto>, ProblemHttpResult> Health(ActiveDatasetHolder holder, GeodataHealth geodata, HttpContext context)
    {
        var s = holder.Current;
        var lang = ApiLanguageNegotiation.For(context.Request);
        var problems = geodata.Problems(lang);
        var dto = new HealthDto(s.Index.Count > 0 ? "ok" : "empty", s.Dataset.Version, s.Dataset.Label, s.Dataset.Origin,
            s.Index.Count, s.Dataset.Partnerships.Count, s.ActivatedAt, s.LoadedAt, problems);
        if (s.Index.Count > 0) return TypedResults.Ok(dto);
        return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, ApiText.StatusTitle(lang, 503)!, ApiText.NothingToServe(lang, problems.Count > 0),
            new Dictionary<string, object?>
            {
                ["health"] = dto.Status,   // "status" is the problem's HTTP status
                ["datasetVersion"] = dto.DatasetVersion,
                ["datasetLabel"] = dto.DatasetLabel,
                ["areaCount"] = dto.AreaCount,
                ["geodataProblems"] = dto.GeodataProblems,
            });
    }

    internal static Ok<LiveDto> Live() => TypedResults.Ok(new LiveDto("live"));
}
