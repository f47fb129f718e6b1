namespace CoverageMap.Core.Descriptions;

/// <summary>
/// How sure the parser is that a street written in a description is the register street it names, from most to
/// least sure. The order matters: a name that needed both a case ending and an abbreviation reports the weaker.
/// </summary>
public enum StreetMatchConfidence
{
    /// <summary>The name as written is the street's name (types, titles written out and leading given names aside):
    /// <c>Słowackiego</c>, <c>al. Armii Krajowej</c>, <c>Wybrzeże Gdyńskie</c>.</summary>
    Exact,

    /// <summary>The name is written in another grammatical case than the register's: accusative or instrumental
    /// <c>Włościańską</c>, genitive <c>Potockiej</c>, <c>Wybrzeża Gdyńskiego</c>.</summary>
    Inflected,

    /// <summary>The name uses an abbreviation or a shortened form: <c>Trasy AK</c> (Trasa Armii Krajowej),
    /// <c>Gen. Zajączka</c>, <c>płk.</c>, <c>Wybrz.</c>, a surname without the given name the register needs.</summary>
    Abbreviation,

    /// <summary>Several register streets fit (even within the partnership's district); none was chosen.</summary>
    Ambiguous,

    /// <summary>No register street fits; near misses are suggested.</summary>
    Unmatched,
}
