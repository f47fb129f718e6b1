using System.ComponentModel;
using System.Text.Json;

namespace CoverageMap.Server.Features.Areas;

/// <summary>An area as an RFC 7946 GeoJSON Feature (id = partnership id).</summary>
internal sealed record AreaFeatureDto(
    [property: Description("Always \"Feature\".")] string Type,
    [property: Description("The partnership's id.")] string Id,
    [property: Description("A GeoJSON Polygon or MultiPolygon, WGS 84, [longitude, latitude] order.")] JsonElement Geometry,
    AreaPropertiesDto Properties);
