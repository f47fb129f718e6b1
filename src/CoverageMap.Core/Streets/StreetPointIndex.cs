using System.Collections.Frozen;
using CoverageMap.Core.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace CoverageMap.Core.Streets;

/// <summary>
/// A representative point of every register street the network knows: the point halfway along the street's lines
/// (all network lines sharing its normalised name, measured in metres in a local plane), so a map can put a marker on
/// the street. Computed once at construction; lookups are one dictionary probe. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The network names lines only, so when several register streets share a normalised name (<c>Mickiewicza</c> in
/// Żoliborz and in Wesoła) the network cannot tell which one a line belongs to, and none of them gets a point.
/// For a street that runs along an area's border the point lies on that border.
/// </remarks>
public sealed class StreetPointIndex
{
    private readonly FrozenDictionary<string, StreetPoint> _byStreetId;
    private readonly FrozenDictionary<string, (string Key, int SameName)> _keys;

    /// <summary>Computes the points of the register's streets from the network.</summary>
    public StreetPointIndex(StreetRegister register, StreetNetwork network)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(network);
        var keys = register.Streets.ToDictionary(s => s.Id, s => StreetNameNormalizer.Normalize(s.FullName).Key, StringComparer.Ordinal);
        var counts = keys.Values.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = counts.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        _keys = keys.ToFrozenDictionary(kv => kv.Key, kv => (kv.Value, counts[kv.Value]), StringComparer.Ordinal);
        var linesByKey = network.Lines.GroupBy(l => StreetNameNormalizer.Normalize(l.Name).Key, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && !shared.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.Select(l => l.Geometry).ToList(), StringComparer.Ordinal);

        var points = new Dictionary<string, StreetPoint>(StringComparer.Ordinal);
        foreach (var (id, key) in keys)
            if (linesByKey.TryGetValue(key, out var lines) && Midpoint(lines) is { } p)
                points[id] = p;
        _byStreetId = points.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No points (no network).</summary>
    public static StreetPointIndex Empty { get; } = new(new StreetRegister([]), new StreetNetwork([], "none"));

    /// <summary>How many streets have a point.</summary>
    public int Count => _byStreetId.Count;

    /// <summary>The representative point of the street with this register id, or null when the network lacks it.</summary>
    public StreetPoint? Find(string streetId) => _byStreetId.TryGetValue(streetId, out var p) ? p : null;

    /// <summary>The street's normalised name key (how the network's lines and the street coverage are keyed), or null for an unknown id.</summary>
    public string? KeyOf(string streetId) => _keys.TryGetValue(streetId, out var k) ? k.Key : null;

    /// <summary>How many register streets share the street's normalised name (1 when it is unique; 0 for an unknown id).
    /// Above 1, network lines of that name cannot be attributed to this street.</summary>
    public int SameNameCount(string streetId) => _keys.TryGetValue(streetId, out var k) ? k.SameName : 0;

    /// <summary>The point at half the total length of the lines, measured with longitude scaled by cos φ (metres up to a constant).</summary>
    private static StreetPoint? Midpoint(IReadOnlyList<NetTopologySuite.Geometries.Geometry> lines)
    {
        var parts = lines.SelectMany(g => Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN))
            .OfType<LineString>().Where(l => !l.IsEmpty).ToArray();
        if (parts.Length == 0) return null;
        double lat0 = parts.Average(l => l.EnvelopeInternal.Centre.Y);
        double k = Math.Cos(lat0 * Math.PI / 180);
        var scaled = parts.Select(l => Geo.Factory.CreateLineString(l.Coordinates.Select(c => new Coordinate(c.X * k, c.Y)).ToArray())).ToArray();
        NetTopologySuite.Geometries.Geometry line = scaled.Length == 1 ? scaled[0] : Geo.Factory.CreateMultiLineString(scaled);
        var indexed = new LengthIndexedLine(line);
        var mid = indexed.ExtractPoint(line.Length / 2);
        return new StreetPoint(mid.Y, mid.X / k);
    }
}
