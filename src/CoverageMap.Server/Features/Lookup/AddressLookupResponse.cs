using System.ComponentModel;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The answer to one address lookup: the same contract as a point answer and a batch row.</summary>
internal sealed record AddressLookupResponse(
    [property: Description("The address as given.")] string Address,
    [property: Description("resolved (one partnership), multiple (one of several: areas lists them, outsideAlsoPossible says whether none is possible too), noPartnership, ambiguousStreet, noData (the street is known, the address cannot be placed), conflictingRules.")] AddressResolutionStatus Status,
    [property: Description("What the answer rests on: streetRule, addressPoint (the building's own point), interpolation (the neighbouring numbers on the same side), street (every known point and line of the street), streetSide, streetStretch, registry (the partnership's own description names the street), none.")] AnswerBasis Basis,
    [property: Description("How sure the answer is, in words and metres; never omitted.")] CertaintyDto Certainty,
    [property: Description("The partnership areas: one when resolved, every candidate when multiple.")] IReadOnlyList<AreaHitDto> Areas,
    [property: Description("With several candidates: the address may also lie outside every area.")] bool OutsideAlsoPossible,
    [property: Description("What was found, in a sentence, in the request's language.")] string Message,
    [property: Description("What would settle an answer that is not definite: houseNumber, district, postcode, pointOnMap.")] IReadOnlyList<SettleHint> Settle,
    [property: Description("The street as resolved; null when no street could be read.")] StreetRefDto? Street,
    [property: Description("The canonical house number (12A, 15/19).")] string? HouseNumber,
    [property: Description("Where the answer placed the address (its address point, or between its neighbours), WGS 84; null otherwise.")] LatLonDto? Point,
    [property: Description("True when several streets share the name and the one in a district a partnership serves was assumed (alternatives lists the others).")] bool AssumedNamesake,
    [property: Description("Ambiguous street: each street it may mean, with its own answer; assumed namesake: the others; unknown street: suggestions.")] IReadOnlyList<StreetAlternativeDto> Alternatives,
    [property: Description("Street rule: the ids of the rules that matched.")] IReadOnlyList<string> RuleIds,
    [property: Description("The dataset version that answered.")] long DatasetVersion);
