namespace CoverageMap.Core.Lookup;

/// <summary>The area nearest to a point that no area covers. Immutable.</summary>
/// <param name="PartnershipId">The partnership whose area it is.</param>
/// <param name="Name">The partnership's name (its id when the registry does not list it).</param>
/// <param name="DistanceMetres">Great-circle distance from the point to the nearest point of the area's border.</param>
/// <param name="NearestLatitude">Latitude of that nearest border point.</param>
/// <param name="NearestLongitude">Longitude of that nearest border point.</param>
public sealed record NearestArea(string PartnershipId, string Name, double DistanceMetres, double NearestLatitude, double NearestLongitude);
