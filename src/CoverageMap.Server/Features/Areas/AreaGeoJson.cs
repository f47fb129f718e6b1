using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Areas;

/// <summary>Maps areas to GeoJSON DTOs explicitly (geometry simplified for display when asked). Stateless.</summary>
internal static class AreaGeoJson
{
    public const string ContentType = "application/geo+json";

    public static AreaFeatureDto ToFeature(ActiveDataset snapshot, Area area, int simplifyMetres)
    {
        var geometry = AreaSimplifier.Simplify(area.Geometry, simplifyMetres);
        var name = snapshot.Dataset.Partnerships.FirstOrDefault(p => p.Id == area.PartnershipId)?.Name ?? area.PartnershipId;
        var pr = area.Provenance;
        var provenance = new AreaProvenanceDto(pr.Method, pr.Basis, pr.Network, pr.NetworkDate, pr.NetworkLicence,
            pr.StreetsMatched.Select(s => new StreetMatchDto(s.Street, s.Matched.ToArray(), s.InSource)).ToArray(),
            pr.Supplements.ToArray(),
            pr.GapsBridged.Select(g => new GapDto(g.FromStreet, g.ToStreet, g.FromLat, g.FromLon, g.ToLat, g.ToLon, g.LengthMetres)).ToArray(),
            pr.GapToleranceMetres, pr.EstimatedAccuracyMetres, pr.Approximate, pr.BuiltAt, pr.Notes.ToArray(),
            pr.Findings.Select(f => new ProvenanceFindingDto(f.Code, f.Facts.ToArray())).ToArray());
        return new AreaFeatureDto("Feature", area.PartnershipId, JsonSerializer.SerializeToElement(geometry, ApiJson.GeoJson),
            new AreaPropertiesDto(area.PartnershipId, name, provenance));
    }

    public static CachedDocument Collection(ActiveDataset snapshot, int simplifyMetres) =>
        Document(new AreaFeatureCollectionDto("FeatureCollection", snapshot.Dataset.Areas.Select(a => ToFeature(snapshot, a, simplifyMetres)).ToArray()));

    public static CachedDocument Document<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Dto), ContentType);
}
