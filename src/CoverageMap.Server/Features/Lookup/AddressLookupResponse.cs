using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The answer to one address lookup.</summary>
internal sealed record AddressLookupResponse(
    [property: Description("The address as given.")] string Address,
    [property: Description("resolved (one partnership), multiple, noPartnership, ambiguousStreet, streetNotFound, noData, conflictingRules.")] string Status,
    [property: Description("What the answer rests on: street-rule, address-point or street-level; null without an answer.")] string? Basis,
    [property: Description("The street as resolved (official full name).")] string? Street,
    [property: Description("The street's id (TERYT ULIC where known).")] string? StreetId,
    [property: Description("The canonical house number (12A, 15/19).")] string? HouseNumber,
    [property: Description("The partnerships: one when resolved, all candidates when multiple.")] IReadOnlyList<AddressPartnershipDto> Partnerships,
    [property: Description("Street level: the street runs along an area's border, so the side of the street decides.")] bool BorderStreet,
    [property: Description("Ambiguous or unknown street: the streets it may mean. Say which and ask again.")] IReadOnlyList<StreetAlternativeDto> Alternatives,
    [property: Description("Address point: its position in WGS 84.")] LatLonDto? Point,
    [property: Description("Street rule: the ids of the rules that matched.")] IReadOnlyList<string> RuleIds,
    [property: Description("What was found, in a sentence (English).")] string Message,
    [property: Description("The dataset version that answered.")] long DatasetVersion);
