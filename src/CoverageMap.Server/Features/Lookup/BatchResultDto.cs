using System.ComponentModel;
using System.Text.Json;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One row of a JSON batch answer, in input order: the same contract as a single point or address answer (status,
/// basis, certainty, areas, message), or an <c>error</c> for a row that could not be asked. Null members are omitted.
/// </summary>
internal sealed record BatchResultDto(
    [property: Description("The row's id, echoed as sent (string or number), when it had one.")] JsonElement? Id,
    [property: Description("Address rows: the address as given (the address field, or street and number).")] string? Address,
    [property: Description("As in a single answer: resolved, multiple, noPartnership, ambiguousStreet, streetNotFound, noData, conflictingRules, unparseable. Absent for rows with invalid input.")] AddressResolutionStatus? Status,
    [property: Description("What the answer rests on: point (the row's coordinates), streetRule, addressPoint, interpolation, street, streetSide, streetStretch, registry, none.")] AnswerBasis? Basis,
    [property: Description("How sure the answer is, in words and metres.")] CertaintyDto? Certainty,
    [property: Description("The partnership areas: one when resolved, every candidate when multiple.")] IReadOnlyList<AreaHitDto>? Areas,
    [property: Description("With several candidates: the address may also lie outside every area.")] bool? OutsideAlsoPossible,
    [property: Description("What was found, in a sentence, in the request's language.")] string? Message,
    [property: Description("Address rows: the street as resolved.")] StreetRefDto? Street,
    [property: Description("Address rows: the canonical house number.")] string? HouseNumber,
    [property: Description("The nearest area, when a point is not covered.")] NearestAreaDto? Nearest,
    [property: Description("The point in WGS 84: the row's, or where the answer placed the address.")] LatLonDto? Point,
    [property: Description("Ambiguous or unknown street: the streets it may mean (each with its own answer when ambiguous).")] IReadOnlyList<StreetAlternativeDto>? Alternatives,
    [property: Description("Why this row could not be asked (invalid input).")] BatchRowErrorDto? Error);
