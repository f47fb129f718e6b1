using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>Maps <see cref="LocateResult"/> to the API's DTOs. Stateless.</summary>
internal static class LookupMapper
{
    public static LookupResponse ToResponse(LocateResult r, long datasetVersion) =>
        new(r.Covered, r.OnBoundary, ToHits(r), ToNearest(r), new LatLonDto(r.Latitude, r.Longitude), datasetVersion);

    public static IReadOnlyList<AreaHitDto> ToHits(LocateResult r) =>
        r.Areas.Count == 0 ? [] : r.Areas.Select(a => new AreaHitDto(a.PartnershipId, a.Name, a.OnBoundary)).ToArray();

    public static NearestAreaDto? ToNearest(LocateResult r) =>
        r.Nearest is { } n ? new NearestAreaDto(n.PartnershipId, n.Name, Math.Round(n.DistanceMetres, 1)) : null;
}
