using System.Collections.Frozen;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Streets;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// For every street of a network (lines grouped by normalised name), the partnership areas it runs through and the
/// length inside each, and whether it runs along an area's border. Computed once at construction in a local metric
/// plane (equirectangular around Warsaw, error well under 1% over the city); lookups are one dictionary probe.
/// Immutable and thread-safe.
/// </summary>
public sealed class StreetAreaCoverage
{
    private const double Lat0 = 52.23, Lon0 = 21.01;
    private readonly FrozenDictionary<string, StreetCoverage> _byKey;

    /// <summary>Computes the coverage of every street of <paramref name="network"/> by <paramref name="areas"/>.</summary>
    /// <param name="network">Street lines in EPSG:4326.</param>
    /// <param name="areas">The partnership areas in EPSG:4326.</param>
    /// <param name="borderToleranceMetres">How far from an area's boundary a street still counts as running along it
    /// (areas built from the same streets share their vertices; other networks are offset by a few metres).</param>
    /// <param name="minimumLengthMetres">Shorter stretches are ignored (a street that only touches an area at a crossing).</param>
    public StreetAreaCoverage(StreetNetwork network, IReadOnlyList<Area> areas, double borderToleranceMetres = 15, double minimumLengthMetres = 30)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(areas);
        var (kx, ky) = Geo.MetresPerDegree(Lat0);
        var factory = new GeometryFactory(new PrecisionModel(), 0);
        NetTopologySuite.Geometries.Geometry Local(NetTopologySuite.Geometries.Geometry g)
        {
            var copy = factory.CreateGeometry(g);
            copy.Apply(new ScaleFilter(kx, ky));
            copy.GeometryChanged();
            return copy;
        }

        var local = areas.Select(a =>
        {
            var poly = Local(a.Geometry);
            var zone = poly.Boundary.Buffer(borderToleranceMetres);
            var inner = poly.Buffer(-borderToleranceMetres);
            return (a.PartnershipId, Envelope: zone.EnvelopeInternal, Zone: zone, Inner: inner);
        }).ToList();
        // A piece of street inside the 2×tolerance band around a boundary counts as running along it only when it is
        // long enough to be nearly parallel (a street crossing the border leaves a piece about 2×tolerance long).
        var minBorder = Math.Max(minimumLengthMetres, 6 * borderToleranceMetres);

        var result = new Dictionary<string, StreetCoverage>(StringComparer.Ordinal);
        foreach (var group in network.Lines.GroupBy(l => StreetNameNormalizer.Normalize(l.Name).Key).Where(g => g.Key.Length > 0))
        {
            var lines = group.Select(l => Local(l.Geometry)).ToArray();
            var line = lines.Length == 1 ? lines[0] : factory.BuildGeometry(lines);
            var env = line.EnvelopeInternal;
            var shares = new List<StreetAreaShare>();
            bool border = false;
            foreach (var a in local)
            {
                if (!a.Envelope.Intersects(env)) continue;
                var band = line.Intersection(a.Zone);
                double along = 0;
                for (int i = 0; i < band.NumGeometries; i++)
                    if (band.GetGeometryN(i).Length >= minBorder) along += band.GetGeometryN(i).Length;
                var inside = a.Inner.IsEmpty ? 0 : line.Intersection(a.Inner).Length;
                if (along > 0) border = true;
                if (inside >= minimumLengthMetres || along > 0)
                    shares.Add(new StreetAreaShare(a.PartnershipId, Math.Round(inside, 1), Math.Round(along, 1)));
            }
            result[group.Key] = new StreetCoverage(group.Key, group.Select(l => l.Name).Distinct().ToList(), Math.Round(line.Length, 1),
                shares.OrderByDescending(s => s.LengthInsideMetres + s.LengthOnBorderMetres).ToList(), border);
        }
        _byKey = result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty coverage (no network).</summary>
    public static StreetAreaCoverage Empty { get; } = new(new StreetNetwork([], "none"), []);

    /// <summary>The coverage of the street with this normalised key, or null when the network lacks it.</summary>
    public StreetCoverage? Find(string streetKey) => _byKey.GetValueOrDefault(streetKey);

    private sealed class ScaleFilter(double kx, double ky) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, (seq.GetX(i) - Lon0) * kx);
            seq.SetY(i, (seq.GetY(i) - Lat0) * ky);
        }
    }
}
