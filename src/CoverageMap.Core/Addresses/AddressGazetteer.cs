using System.Collections.Frozen;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// The address points of a dataset, indexed once at load by (street id, house number) and by (normalised street
/// key, house number). A lookup is two dictionary probes, never a scan. Points of one address are ordered by source
/// precedence (<see cref="AddressSources.Precedence"/>), PRG before OSM.
/// Immutable and thread-safe: a new import builds a new gazetteer that replaces the old one atomically.
/// </summary>
public sealed class AddressGazetteer
{
    private readonly FrozenDictionary<(string Street, string Number), AddressPoint[]> _byKey;
    private readonly FrozenDictionary<(string Street, string Number), AddressPoint[]> _byId;
    private readonly FrozenSet<string> _streetKeys;

    /// <summary>Builds the index from the points.</summary>
    public AddressGazetteer(IEnumerable<AddressPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        Count = list.Count;
        _byKey = Index(list, p => p.StreetKey);
        _byId = Index(list.Where(p => !string.IsNullOrEmpty(p.StreetId)), p => p.StreetId!);
        _streetKeys = list.Select(p => p.StreetKey).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>An empty gazetteer.</summary>
    public static AddressGazetteer Empty { get; } = new([]);

    /// <summary>How many points the gazetteer holds.</summary>
    public int Count { get; }

    /// <summary>All points (for checks that need to walk them, e.g. <c>StreetRuleChecker</c>).</summary>
    public IEnumerable<AddressPoint> Points => _byKey.Values.SelectMany(v => v);

    /// <summary>True when some point lies on the street with this normalised key.</summary>
    public bool HasStreet(string streetKey) => _streetKeys.Contains(streetKey);

    /// <summary>
    /// The points of an address: by street id first (when given and known), else by normalised street key.
    /// Empty when the gazetteer does not know the address.
    /// </summary>
    /// <param name="streetKey">Normalised street key (<see cref="NormalizedStreetName.Key"/>).</param>
    /// <param name="number">The house number.</param>
    /// <param name="streetId">The official street id, when the caller knows it.</param>
    public IReadOnlyList<AddressPoint> Find(string streetKey, HouseNumber number, string? streetId = null)
    {
        var byId = streetId is null ? [] : FindByStreetId(streetId, number);
        return byId.Count > 0 ? byId : FindByStreetKey(streetKey, number);
    }

    /// <summary>The points of an address by official street id; empty when unknown.</summary>
    public IReadOnlyList<AddressPoint> FindByStreetId(string streetId, HouseNumber number) =>
        _byId.TryGetValue((streetId, number.ToString()), out var p) ? p : [];

    /// <summary>The points of an address by normalised street key; empty when unknown.</summary>
    public IReadOnlyList<AddressPoint> FindByStreetKey(string streetKey, HouseNumber number) =>
        _byKey.TryGetValue((streetKey, number.ToString()), out var p) ? p : [];

    private static FrozenDictionary<(string, string), AddressPoint[]> Index(IEnumerable<AddressPoint> points, Func<AddressPoint, string> street) =>
        points.GroupBy(p => (street(p), p.HouseNumberKey))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => AddressSources.Precedence(p.Source)).ThenBy(p => p.SourceId, StringComparer.Ordinal).ToArray());
}
