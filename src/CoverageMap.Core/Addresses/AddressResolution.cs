namespace CoverageMap.Core.Addresses;

/// <summary>The answer to "which partnership serves this address", with what it rests on. Immutable.</summary>
/// <param name="Status">The outcome; only <see cref="AddressResolutionStatus.Resolved"/> is a single answer.</param>
/// <param name="Basis"><see cref="ResolutionBasis"/>: street-rule, address-point or street-level; null when there is no answer.</param>
/// <param name="Street">The street's full name as resolved, or as written when it was not resolved.</param>
/// <param name="StreetId">The official street id, when known.</param>
/// <param name="HouseNumber">The canonical house number, when given.</param>
/// <param name="Partnerships">The partnerships; one for <see cref="AddressResolutionStatus.Resolved"/>, several for <see cref="AddressResolutionStatus.Multiple"/>.</param>
/// <param name="BorderStreet">For a street-level answer: the street runs along an area's border.</param>
/// <param name="Alternatives">For an ambiguous street: the streets it may mean.</param>
/// <param name="Latitude">For an address-point answer: the point's latitude.</param>
/// <param name="Longitude">For an address-point answer: the point's longitude.</param>
/// <param name="RuleIds">For a street-rule answer: the rules that matched.</param>
/// <param name="Message">A sentence saying what was found, for people.</param>
public sealed record AddressResolution(
    AddressResolutionStatus Status,
    string? Basis,
    string? Street,
    string? StreetId,
    string? HouseNumber,
    IReadOnlyList<ResolvedPartnership> Partnerships,
    bool BorderStreet,
    IReadOnlyList<StreetAlternative> Alternatives,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> RuleIds,
    string Message);
