using System.Collections.Frozen;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Rules;

/// <summary>
/// The street rules indexed by street id and by normalised street key, built once. <see cref="Evaluate"/> probes
/// one dictionary and checks the few rules of that street. Immutable and thread-safe: new rules build a new set
/// that replaces the old one atomically.
/// </summary>
public sealed class StreetRuleSet
{
    private readonly FrozenDictionary<string, StreetRule[]> _byKey;
    private readonly FrozenDictionary<string, StreetRule[]> _byId;

    /// <summary>Indexes the rules.</summary>
    public StreetRuleSet(IEnumerable<StreetRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToList();
        _byKey = Rules.GroupBy(r => StreetNameNormalizer.Normalize(r.Street).Key).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byId = Rules.Where(r => !string.IsNullOrEmpty(r.StreetId)).GroupBy(r => r.StreetId!).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A set without rules.</summary>
    public static StreetRuleSet Empty { get; } = new([]);

    /// <summary>All rules, in the order given.</summary>
    public IReadOnlyList<StreetRule> Rules { get; }

    /// <summary>
    /// The rules that name this address. A rule with a street id matches by id only when <paramref name="streetId"/> is
    /// given; otherwise rules match by the normalised street name. Empty when no rule names the address; more than one
    /// rule is possible (the same partnership twice, or a conflict that <see cref="StreetRuleChecker"/> reports).
    /// </summary>
    /// <param name="street">The street name (any spelling the normaliser maps to the same key).</param>
    /// <param name="number">The house number.</param>
    /// <param name="streetId">The official street id, when known.</param>
    public IReadOnlyList<StreetRule> Evaluate(string street, HouseNumber number, string? streetId = null) =>
        EvaluateKey(StreetNameNormalizer.Normalize(street).Key, number, streetId);

    /// <summary>As <see cref="Evaluate"/>, for a street key already normalised (<see cref="StreetNameNormalizer.Normalize"/>).</summary>
    public IReadOnlyList<StreetRule> EvaluateKey(string streetKey, HouseNumber number, string? streetId = null)
    {
        List<StreetRule>? hits = null;
        if (!string.IsNullOrEmpty(streetId) && _byId.TryGetValue(streetId, out var byId))
            foreach (var r in byId)
                if (r.Covers(number)) (hits ??= []).Add(r);
        if (_byKey.TryGetValue(streetKey, out var byKey))
            foreach (var r in byKey)
            {
                // A rule that names a street id applies to that street only; the id pass above has taken it already.
                if (r.StreetId is not null && streetId is not null) continue;
                if (r.Covers(number)) (hits ??= []).Add(r);
            }
        return hits is null ? [] : hits;
    }

    /// <summary>The rules of one street, by its normalised key (<see cref="StreetNameNormalizer.Normalize"/>).</summary>
    public IReadOnlyList<StreetRule> ForStreetKey(string streetKey) =>
        _byKey.TryGetValue(streetKey, out var r) ? r : [];

    /// <summary>The normalised keys of the streets that have rules.</summary>
    public IEnumerable<string> StreetKeys => _byKey.Keys;
}
