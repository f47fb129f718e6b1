namespace CoverageMap.Core.Addresses;

/// <summary>A partnership an address resolves to. Immutable.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="OnBoundary">For an address point: it lies on the area's boundary.</param>
/// <param name="LengthInsideMetres">For a street-level answer: length of the street inside the area.</param>
/// <param name="LengthOnBorderMetres">For a street-level answer: length of the street along the area's border.</param>
public sealed record ResolvedPartnership(string PartnershipId, bool OnBoundary = false, double? LengthInsideMetres = null, double? LengthOnBorderMetres = null);
