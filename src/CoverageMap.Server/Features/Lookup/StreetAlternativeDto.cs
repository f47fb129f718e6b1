using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>A street an ambiguous or unknown name may mean.</summary>
internal sealed record StreetAlternativeDto(
    [property: Description("The street's id (TERYT ULIC where known).")] string? StreetId,
    [property: Description("The street's official name.")] string Name,
    [property: Description("The districts the street runs through, to tell same-named streets apart; pass one as 'district' to choose it.")] IReadOnlyList<string> Districts);
