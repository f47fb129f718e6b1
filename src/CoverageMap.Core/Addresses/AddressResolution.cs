namespace CoverageMap.Core.Addresses;

/// <summary>
/// The answer to "which partnership serves this address": the outcome, what it rests on, how sure it is, and the areas
/// it names in the one <see cref="AreaHit"/> shape. Immutable.
/// </summary>
/// <param name="Status">The outcome; only <see cref="AddressResolutionStatus.Resolved"/> names a single partnership for sure.</param>
/// <param name="Basis">What the answer rests on (<see cref="AnswerBasis.None"/> without an answer).</param>
/// <param name="Certainty">How sure it is, in words and metres; never omitted.</param>
/// <param name="Street">The street's official full name as resolved, or the text as written when unresolved.</param>
/// <param name="StreetId">The street's TERYT ULIC id (or the register's stable id), when resolved.</param>
/// <param name="StreetDistricts">The districts the resolved street runs through (empty when unresolved).</param>
/// <param name="HouseNumber">The canonical house number, when given.</param>
/// <param name="Areas">The partnership areas: one when resolved, every candidate when multiple.</param>
/// <param name="OutsideAlsoPossible">With several candidates: the address may also lie outside every area.</param>
/// <param name="Latitude">Where the answer placed the address (address point or interpolation), or null.</param>
/// <param name="Longitude">Where the answer placed the address, or null.</param>
/// <param name="Alternatives">An ambiguous street: each street it may mean, with its own answer; an assumed namesake:
/// the other namesakes; an unknown street: suggestions.</param>
/// <param name="AssumedNamesake">True when the street's name is shared and the one in a district a partnership serves
/// was assumed (the others are in <paramref name="Alternatives"/>).</param>
/// <param name="RuleIds">For a street-rule answer: the rules that matched.</param>
/// <param name="Note">What the answer says, as a code for the localized catalogue.</param>
/// <param name="Evidence">The note's arguments (numbers, counts, the source of a point).</param>
/// <param name="Settle">What would settle an answer that is not definite.</param>
public sealed record AddressResolution(
    AddressResolutionStatus Status,
    AnswerBasis Basis,
    Certainty Certainty,
    string? Street,
    string? StreetId,
    IReadOnlyList<string> StreetDistricts,
    string? HouseNumber,
    IReadOnlyList<AreaHit> Areas,
    bool OutsideAlsoPossible,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<StreetAlternative> Alternatives,
    bool AssumedNamesake,
    IReadOnlyList<string> RuleIds,
    AnswerNote Note,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<SettleHint> Settle);
