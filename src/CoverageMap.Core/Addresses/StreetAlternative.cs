namespace CoverageMap.Core.Addresses;

/// <summary>A street an ambiguous name may mean. Immutable.</summary>
/// <param name="StreetId">The official id (TERYT ULIC), when known.</param>
/// <param name="Name">The street's full name.</param>
public sealed record StreetAlternative(string? StreetId, string Name);
