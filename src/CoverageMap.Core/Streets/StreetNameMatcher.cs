namespace CoverageMap.Core.Streets;

/// <summary>
/// Matches street names on their whole core (<see cref="StreetNameNormalizer"/>): type words, ranks, titles and
/// leading given names are optional, but every core word must agree, so <c>Krasińskiego</c> matches
/// <c>Zygmunta Krasińskiego</c> and not <c>Plac Krasińskich</c> or a street that merely shares a word. Given
/// names present on both sides must not contradict (<c>J.</c> fits <c>Józefa</c>, <c>Jana</c> does not).
/// Stateless, thread-safe.
/// </summary>
public sealed class StreetNameMatcher : IStreetNameMatcher
{
    /// <summary>A shared instance (the matcher has no state).</summary>
    public static StreetNameMatcher Instance { get; } = new();

    /// <inheritdoc />
    public bool Matches(string query, string candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var q = StreetNameNormalizer.Normalize(query);
        var c = StreetNameNormalizer.Normalize(candidate);
        if (q.Key.Length == 0 || c.Key.Length == 0) return false;
        bool sameCore = q.Key == c.Key || q.Variants.Contains(c.Key) || c.Variants.Contains(q.Key);
        return sameCore && StreetNameNormalizer.GivenNamesCompatible(q.GivenNames, c.GivenNames);
    }
}
