using System.Collections.Frozen;

namespace CoverageMap.Core.Addresses.Interim;

/// <summary>
/// INTERIM stand-in for the <c>StreetRegister</c> of the <c>names</c> branch. Resolves a street name as a person
/// writes it to registered streets: exact key of the full or short name first, else streets whose full name ends
/// with the written words (<c>Słowackiego</c> → <c>Juliusza Słowackiego</c>). Immutable and thread-safe.
/// </summary>
public sealed class StreetRegister
{
    private readonly FrozenDictionary<string, RegisteredStreet[]> _exact;
    private readonly FrozenDictionary<string, RegisteredStreet[]> _lastWord;

    /// <summary>Builds the register from its streets.</summary>
    public StreetRegister(IEnumerable<RegisteredStreet> streets)
    {
        var list = streets.ToList();
        Streets = list;
        _exact = list.SelectMany(s => new[] { StreetNameNormalizer.Normalize(s.FullName), StreetNameNormalizer.Normalize(s.ShortName) }
                .Where(k => k.Length > 0).Distinct().Select(k => (k, s)))
            .GroupBy(x => x.k).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.s).Distinct().ToArray());
        _lastWord = list.GroupBy(s => LastWord(StreetNameNormalizer.Normalize(s.FullName)))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>All registered streets.</summary>
    public IReadOnlyList<RegisteredStreet> Streets { get; }

    /// <summary>Resolves a written street name.</summary>
    public StreetResolution Resolve(string name)
    {
        var key = StreetNameNormalizer.Normalize(name);
        if (key.Length == 0) return new StreetResolution(StreetResolutionKind.NotFound, []);
        if (!_exact.TryGetValue(key, out var found))
        {
            found = _lastWord.TryGetValue(LastWord(key), out var byLast)
                ? byLast.Where(s => (" " + StreetNameNormalizer.Normalize(s.FullName)).EndsWith(" " + key, StringComparison.Ordinal)).ToArray()
                : [];
        }
        return found.Length switch
        {
            0 => new StreetResolution(StreetResolutionKind.NotFound, []),
            1 => new StreetResolution(StreetResolutionKind.Unique, found),
            _ => new StreetResolution(StreetResolutionKind.Ambiguous, found),
        };
    }

    private static string LastWord(string key) => key[(key.LastIndexOf(' ') + 1)..];
}
