using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Building;

/// <summary>Test-only matcher: names match when equal ignoring case. Thread-safe.</summary>
internal sealed class ExactNameMatcher : IStreetNameMatcher
{
    public static ExactNameMatcher Instance { get; } = new();

    public bool Matches(string query, string candidate) =>
        string.Equals(query.Trim(), candidate.Trim(), StringComparison.OrdinalIgnoreCase);
}
