namespace CoverageMap.Core.Addresses;

/// <summary>Where an address point comes from: the store's source, the layer or register it was taken from, and that
/// layer's date. Shared by every point of the same origin. Immutable.</summary>
/// <param name="Source">The store's source (<see cref="AddressSources"/>, or the name an import gave).</param>
/// <param name="Layer">The layer or register within the source (<c>RSPO schools register</c>), or null.</param>
/// <param name="Date">The date of the source's data (<c>2025-07-17</c>), or null.</param>
public sealed record AddressPointSource(string Source, string? Layer, string? Date);
