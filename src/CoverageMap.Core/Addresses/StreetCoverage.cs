namespace CoverageMap.Core.Addresses;

/// <summary>
/// The partnership areas one street runs through or along. Immutable.
/// </summary>
/// <param name="StreetKey">The normalised street key.</param>
/// <param name="Names">The network's names that share the key.</param>
/// <param name="LengthMetres">The street's total length in the network.</param>
/// <param name="Shares">The areas it runs through or along, longest first.</param>
/// <param name="BorderStreet">True when the street runs along an area's boundary for a stretch (it is a border street):
/// its houses may belong to different partnerships, or to none, on its two sides.</param>
public sealed record StreetCoverage(string StreetKey, IReadOnlyList<string> Names, double LengthMetres, IReadOnlyList<StreetAreaShare> Shares, bool BorderStreet);
