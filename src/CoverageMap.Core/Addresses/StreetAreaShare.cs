namespace CoverageMap.Core.Addresses;

/// <summary>How much of a street lies in one partnership's area. Immutable.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="LengthInsideMetres">Length of the street inside the area, farther than the border tolerance from its boundary.</param>
/// <param name="LengthOnBorderMetres">Length of the street running along the area's boundary (within the tolerance).</param>
public sealed record StreetAreaShare(string PartnershipId, double LengthInsideMetres, double LengthOnBorderMetres);
