using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>A street an ambiguous or unknown name may mean, with the answer on it when the name is ambiguous.</summary>
internal sealed record StreetAlternativeDto(
    [property: Description("The street's id (TERYT ULIC where known).")] string? StreetId,
    [property: Description("The street's official name.")] string Name,
    [property: Description("The districts the street runs through, to tell same-named streets apart; pass one as 'district' to choose it.")] IReadOnlyList<string> Districts,
    [property: Description("The answer for the address on this street (same-named streets); null for a suggestion.")] AlternativeAnswerDto? Answer);
