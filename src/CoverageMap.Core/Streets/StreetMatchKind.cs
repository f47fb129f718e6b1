namespace CoverageMap.Core.Streets;

/// <summary>How a typed street name was matched to the register.</summary>
public enum StreetMatchKind
{
    /// <summary>The core matched as typed (types, titles and given names aside).</summary>
    Exact,

    /// <summary>The core matched, but the input lacked the diacritics the official name has (<c>Zajaczka</c>).</summary>
    DiacriticFree,

    /// <summary>The core matched only through a declension rule (<c>Potockiej</c> → <c>Potocka</c>).</summary>
    Inflected,

    /// <summary>The name is a near miss (small edit distance) of the street's name.</summary>
    Fuzzy,

    /// <summary>Several streets fit equally; none was chosen.</summary>
    Ambiguous,

    /// <summary>Nothing fits.</summary>
    NotFound,

    /// <summary>
    /// Only part of the name was typed: its last word (usually the surname) matched, and the other typed words
    /// (initials, given names, titles) fit the street's (<c>Gojawiczyńskiej</c>, <c>J. Ch. Paska</c>).
    /// </summary>
    PartialName,
}
