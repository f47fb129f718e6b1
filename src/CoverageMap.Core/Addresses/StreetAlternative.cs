namespace CoverageMap.Core.Addresses;

/// <summary>A street an ambiguous or unknown name may mean, with the answer for the address on it when there is one. Immutable.</summary>
/// <param name="StreetId">The street's id (TERYT ULIC or the register's stable id).</param>
/// <param name="Name">The street's official name (<c>ulica Śmiała</c>).</param>
/// <param name="Districts">The districts it runs through.</param>
/// <param name="Answer">The answer for the address on this street, or null (a suggestion only).</param>
public sealed record StreetAlternative(string? StreetId, string Name, IReadOnlyList<string> Districts, AddressResolution? Answer = null);
