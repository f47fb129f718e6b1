using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Descriptions;

/// <summary>
/// One bounding street as a description writes it, and the register street it names. Immutable.
/// </summary>
/// <param name="Written">The street exactly as written, trimmed (<c>al. Armii Krajowej</c>, <c>Potockiej</c>); this is
/// the name the registry keeps.</param>
/// <param name="Start">Where <paramref name="Written"/> starts in the description (UTF-16 offset).</param>
/// <param name="Separator">What stood before it in the list.</param>
/// <param name="Confidence">How sure the match is.</param>
/// <param name="Street">The register street, when exactly one fits (<see cref="StreetMatchConfidence.Exact"/>,
/// <see cref="StreetMatchConfidence.Inflected"/>, <see cref="StreetMatchConfidence.Abbreviation"/>).</param>
/// <param name="Candidates">When ambiguous: every street that fits.</param>
/// <param name="Suggestions">When unmatched: near misses, best first (at most five).</param>
/// <param name="Qualifier">Words around the street that are not its name: a side in parentheses (<c>północ</c>) or a
/// landmark the street stands for (<c>skarpa wiślana wzdłuż</c>); null when there are none.</param>
public sealed record DescribedStreet(
    string Written,
    int Start,
    DescriptionSeparator Separator,
    StreetMatchConfidence Confidence,
    RegisteredStreet? Street,
    IReadOnlyList<RegisteredStreet> Candidates,
    IReadOnlyList<RegisteredStreet> Suggestions,
    string? Qualifier = null);
