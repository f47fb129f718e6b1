using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// An address as a person typed it, taken apart and resolved against the street register. Immutable.
/// </summary>
/// <param name="StreetText">The street part as typed (<c>ul. Gen. J. Zajączka</c>).</param>
/// <param name="Street">The register's street when exactly one fits (also for a unique fuzzy match), else null.</param>
/// <param name="Match">How the street was matched: Exact, DiacriticFree, Inflected, Fuzzy, Ambiguous, NotFound.</param>
/// <param name="Confidence">0..1: 1 exact, 0.9 without diacritics, 0.85 via a declension rule, 0.7 / 0.5 at edit
/// distance 1 / 2; 0 when no street was chosen.</param>
/// <param name="Alternatives">Other streets it may be: all candidates when ambiguous, near misses when fuzzy or not found.</param>
/// <param name="HouseNumber">The building number (for <c>24/3</c> read as a flat: <c>24</c>).</param>
/// <param name="HouseNumberText">The house-number text as typed (<c>24/3</c>, <c>15/19</c>, <c>44a</c>).</param>
/// <param name="Slash">How a slash in <see cref="HouseNumberText"/> was read.</param>
/// <param name="Unit">The flat or unit (<c>12</c> of <c>m. 12</c>, <c>3</c> of <c>24/3</c>), or null.</param>
/// <param name="Postcode">The postcode (<c>01-518</c>), or null.</param>
/// <param name="City">The city as typed (<c>Warszawa</c>, <c>Warsaw</c>), or null.</param>
/// <param name="Notes">Remarks on choices the parser made (how a slash was read, text it ignored).</param>
public sealed record ParsedAddress(
    string StreetText,
    RegisteredStreet? Street,
    StreetMatchKind Match,
    double Confidence,
    IReadOnlyList<RegisteredStreet> Alternatives,
    HouseNumber HouseNumber,
    string HouseNumberText,
    SlashReading Slash,
    string? Unit,
    string? Postcode,
    string? City,
    IReadOnlyList<string> Notes);
