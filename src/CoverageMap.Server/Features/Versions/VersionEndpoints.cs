using CoverageMap.Data.Store;
using CoverageMap.Server.Features.Editor;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Versions;

/// <summary>
/// <c>GET /api/versions</c>: every dataset version for clients — id, label, when it was written and by whom, when it
/// was activated, by whom and why, and every period it served — so that a lookup can name a version
/// (<c>?version=</c>) or a date (<c>?date=</c>). A read: open, without a key.
/// </summary>
internal static class VersionEndpoints
{
    public static IServiceCollection AddVersions(this IServiceCollection services)
    {
        services.AddSingleton<VersionedAnswers>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static RouteGroupBuilder MapVersions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/versions").WithTags("Versions");
        group.MapGet("", List).WithName("ListVersions").RequireRateLimiting(RateLimitingExtensions.PerClientIp).RequireCors(CorsPolicies.PublicRead)
            .WithSummary("Every dataset version, newest first: who made and activated it, why, and when it served")
            .WithDescription("A lookup answers from the active version unless it names one: ?version={id}, or ?date= (YYYY-MM-DD, the start " +
                "of that day in Warsaw time, or an ISO 8601 date and time) for the version that served then. Every answer says which version answered.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    internal static async Task<Ok<VersionDto[]>> List(DatasetStore store, EditorStoreReadiness readiness, AuditedChanges changes, CancellationToken ct)
    {
        await readiness.EnsureAsync(ct);
        var versions = await store.ListVersionsAsync(ct);
        var activations = await store.ListActivationsAsync(ct);
        var created = (await changes.ListAsync(10_000, ct))
            .Where(a => a.Action is AuditActions.DraftSaved or AuditActions.Imported && a.VersionId is not null)
            .GroupBy(a => a.VersionId!.Value).ToDictionary(g => g.Key, g => g.Last());
        var periods = activations.Select((a, i) => (a.VersionId, Period: new ServicePeriodDto(a.At, i + 1 < activations.Count ? activations[i + 1].At : null, a.Actor, a.Reason)))
            .ToLookup(p => p.VersionId, p => p.Period);
        return TypedResults.Ok(versions.Select(v =>
        {
            var served = periods[v.Id].ToArray();
            var last = served.LastOrDefault();
            var made = created.GetValueOrDefault(v.Id);
            return new VersionDto(v.Id, v.Label, v.Origin, v.IsActive, v.Partnerships, v.Areas, new VersionEventDto(v.CreatedAt, made?.Actor, made?.Reason),
                v.ActivatedAt is { } at ? new VersionEventDto(at, last?.ActivatedBy, last?.Reason) : null, served);
        }).ToArray());
    }
}
