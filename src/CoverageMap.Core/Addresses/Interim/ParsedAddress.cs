namespace CoverageMap.Core.Addresses.Interim;

/// <summary>
/// INTERIM stand-in for the <c>ParsedAddress</c> of the <c>names</c> branch. A parsed address: the street as
/// written, its house number and postcode when given. Immutable.
/// </summary>
/// <param name="Street">The street as written, without the house number.</param>
/// <param name="HouseNumber">The house number, or null when none was given.</param>
/// <param name="Postcode">The postcode (<c>01-518</c>), or null.</param>
public sealed record ParsedAddress(string Street, HouseNumber? HouseNumber, string? Postcode);
