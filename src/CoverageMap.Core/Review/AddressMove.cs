namespace CoverageMap.Core.Review;

/// <summary>An address of the gazetteer whose partnership differs between two versions. Immutable.</summary>
/// <param name="Street">The street as the gazetteer names it.</param>
/// <param name="HouseNumber">The house number as the source writes it.</param>
/// <param name="Latitude">The address point's latitude.</param>
/// <param name="Longitude">The address point's longitude.</param>
/// <param name="Before">The partnerships whose areas covered it in the earlier version (none: empty).</param>
/// <param name="After">The partnerships whose areas cover it in the later version.</param>
public sealed record AddressMove(string Street, string HouseNumber, double Latitude, double Longitude, IReadOnlyList<string> Before, IReadOnlyList<string> After);
