namespace CoverageMap.Core.Lookup;

/// <summary>An area that covers a looked-up point. Immutable.</summary>
/// <param name="PartnershipId">The partnership whose area it is.</param>
/// <param name="Name">The partnership's name (its id when the registry does not list it).</param>
/// <param name="OnBoundary">True when the point lies exactly on this area's border (<c>Location.Boundary</c>);
/// false when it lies in the area's interior.</param>
public sealed record AreaMatch(string PartnershipId, string Name, bool OnBoundary);
