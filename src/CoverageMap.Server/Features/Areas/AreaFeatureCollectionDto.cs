using System.ComponentModel;

namespace CoverageMap.Server.Features.Areas;

/// <summary>All areas as an RFC 7946 GeoJSON FeatureCollection.</summary>
internal sealed record AreaFeatureCollectionDto(
    [property: Description("Always \"FeatureCollection\".")] string Type,
    IReadOnlyList<AreaFeatureDto> Features);
