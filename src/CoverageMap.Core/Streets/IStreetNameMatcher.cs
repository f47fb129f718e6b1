namespace CoverageMap.Core.Streets;

/// <summary>
/// Decides whether a street name as a document writes it (<c>Gen. Zajączka</c>, <c>Trasy AK</c>, <c>Potockiej</c>)
/// names the same street as a name in a network or register (<c>Generała Józefa Zajączka</c>).
/// Implementations are thread-safe.
/// </summary>
public interface IStreetNameMatcher
{
    /// <summary>True when <paramref name="query"/> (a document's form) names the street called <paramref name="candidate"/>.</summary>
    bool Matches(string query, string candidate);
}
