namespace CoverageMap.Core.Addresses;

/// <summary>An area that contains a point. Immutable.</summary>
/// <param name="PartnershipId">The partnership whose area it is.</param>
/// <param name="OnBoundary">True when the point lies on the area's boundary (within the locator's tolerance).</param>
public readonly record struct AreaHit(string PartnershipId, bool OnBoundary);
