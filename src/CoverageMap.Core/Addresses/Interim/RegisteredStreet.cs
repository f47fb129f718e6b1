namespace CoverageMap.Core.Addresses.Interim;

/// <summary>
/// INTERIM stand-in for a street of the <c>names</c> branch's <c>StreetRegister</c>: the official id (TERYT ULIC),
/// the full name and the short name. Immutable.
/// </summary>
/// <param name="Id">TERYT ULIC id, e.g. <c>20593</c>.</param>
/// <param name="FullName">The full name, e.g. <c>Juliusza Słowackiego</c>.</param>
/// <param name="ShortName">The short name, e.g. <c>Słowackiego</c>, or null.</param>
public sealed record RegisteredStreet(string Id, string FullName, string? ShortName = null);
