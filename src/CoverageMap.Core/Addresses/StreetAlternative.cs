namespace CoverageMap.Core.Addresses;

/// <summary>A street an ambiguous name may mean. Immutable.</summary>
/// <param name="StreetId">The official id (TERYT ULIC), when known.</param>
/// <param name="Name">The street's full name.</param>
/// <param name="Districts">The districts it runs through (what tells same-named streets apart).</param>
public sealed record StreetAlternative(string? StreetId, string Name, IReadOnlyList<string> Districts);
