using System.ComponentModel;
using System.Text.Json;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One row of a JSON batch answer, in input order: the lookup of a point or of an address (<c>basis</c>,
/// <c>status</c>, <c>covered</c>, <c>onBoundary</c>, <c>areas</c>, <c>nearest</c> when a point is not covered,
/// <c>point</c>), or an <c>error</c> (with <c>alternatives</c> for an ambiguous or unknown street). Null members are
/// omitted.
/// </summary>
internal sealed record BatchResultDto(
    [property: Description("The row's id, echoed as sent (string or number), when it had one.")] JsonElement? Id,
    [property: Description("Address rows: the address as given (the address field, or street and number).")] string? Address,
    [property: Description("What the answer rests on: point (the row's coordinates), address-point, street-rule or street-level. Absent when there is no answer.")] string? Basis,
    [property: Description("resolved (one partnership), multiple, noPartnership; for addresses also ambiguousStreet, streetNotFound, noData, conflictingRules, unparseable. Absent for rows with invalid coordinates.")] string? Status,
    [property: Description("Address rows: the street as resolved (official full name).")] string? Street,
    [property: Description("Address rows: the street's id.")] string? StreetId,
    [property: Description("Address rows: the canonical house number.")] string? HouseNumber,
    [property: Description("True when at least one partnership covers the point or serves the address.")] bool? Covered,
    [property: Description("True when the point lies exactly on the border of a returned area (or the address's street runs along one).")] bool? OnBoundary,
    [property: Description("The partnerships: the areas covering the point, or the partnership(s) the address resolves to.")] IReadOnlyList<AreaHitDto>? Areas,
    [property: Description("Street-level answers: the street runs along an area's border, so the side of the street decides.")] bool? BorderStreet,
    [property: Description("The nearest area, when a point is not covered.")] NearestAreaDto? Nearest,
    [property: Description("The point in WGS 84 (the row's, or the address point's).")] LatLonDto? Point,
    [property: Description("Ambiguous or unknown street: the streets it may mean.")] IReadOnlyList<StreetAlternativeDto>? Alternatives,
    [property: Description("Why this row could not be looked up (invalid input, or an address without an answer).")] BatchRowErrorDto? Error);
