using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>A WGS 84 point.</summary>
internal sealed record LatLonDto(
    [property: Description("Latitude, degrees (EPSG:4326).")] double Lat,
    [property: Description("Longitude, degrees (EPSG:4326).")] double Lon);
