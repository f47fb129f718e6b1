using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// The spatial index of one <see cref="Dataset"/>: answers "which areas cover this point, and if none, which is
/// nearest". Built once from the dataset and never mutated; a new dataset gets a new index that replaces the
/// old one atomically (see <see cref="ActiveDatasetHolder"/>). Thread-safe and immutable.
/// </summary>
/// <remarks>
/// <para><b>How.</b> An <see cref="STRtree{TItem}"/> over the areas' envelopes finds candidates; each candidate
/// answers with its own <see cref="StripLocator"/> — NTS's ray-crossing rule and robust orientation test, as
/// in <c>IndexedPointInAreaLocator</c>, laid out in flat arrays (built here, so no query builds anything; tests
/// check it against <c>IndexedPointInAreaLocator</c>). The envelopes live in a scaled space (x = lon·cos φ₀, y = lat,
/// φ₀ = the dataset's mid latitude) in which distances are proportional to metres near φ₀, so the tree's
/// nearest-neighbour search also finds the nearest area by ground distance.</para>
/// <para><b>Boundary rule.</b> A point exactly on the border of an area is covered by that area (the area is
/// taken as closed, like <c>Geometry.Covers</c>). A point on a border that two (or more) areas share is
/// therefore covered by every one of them: all are returned, each with <see cref="AreaMatch.OnBoundary"/> =
/// true, and the caller decides (the API shows them all and says <c>onBoundary: true</c>). "Exactly" means
/// exactly in double precision on the stored coordinates; there is no tolerance.</para>
/// <para><b>Nearest.</b> For a point no area covers, the nearest area is the one whose border is closest
/// (segments measured in the scaled space; the nearest envelope gives a first bound, then only areas whose
/// envelopes lie within it are measured, each visiting its nearest border chunks first); the distance reported is the great-circle distance from the point
/// to that nearest border point. Over Warsaw the scaled space distorts distances by well under 0.1%.</para>
/// </remarks>
public sealed class AreaIndex
{
    private readonly STRtree<IndexedArea> _tree;
    private readonly double _k;

    /// <summary>Builds the index of <paramref name="dataset"/>'s areas. Costs O(n log n) in the vertices.</summary>
    /// <exception cref="ArgumentException">An area's geometry is not a non-empty polygon or multipolygon.</exception>
    public AreaIndex(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in dataset.Partnerships) names.TryAdd(p.Id, p.Name);

        double minLat = double.PositiveInfinity, maxLat = double.NegativeInfinity;
        foreach (var area in dataset.Areas)
        {
            if (area.Geometry is not (Polygon or MultiPolygon) || area.Geometry.IsEmpty)
                throw new ArgumentException($"The area of '{area.PartnershipId}' is not a non-empty polygon or multipolygon.", nameof(dataset));
            minLat = Math.Min(minLat, area.Geometry.EnvelopeInternal.MinY);
            maxLat = Math.Max(maxLat, area.Geometry.EnvelopeInternal.MaxY);
        }
        ReferenceLatitude = dataset.Areas.Count > 0 ? (minLat + maxLat) / 2 : 52.23;
        _k = Math.Cos(ReferenceLatitude * Math.PI / 180);

        _tree = new STRtree<IndexedArea>();
        foreach (var area in dataset.Areas)
        {
            var entry = IndexedArea.ForArea(area, names.GetValueOrDefault(area.PartnershipId, area.PartnershipId), _k);
            _tree.Insert(entry.ScaledEnvelope, entry);
        }
        _tree.Build();
        Count = dataset.Areas.Count;
    }

    /// <summary>An index with no areas: every point is uncovered and has no nearest area.</summary>
    public static AreaIndex Empty { get; } = new(new Dataset(0, "empty", [], []));

    /// <summary>Number of areas indexed.</summary>
    public int Count { get; }

    /// <summary>The latitude φ₀ the scaled space is built around (the dataset's mid latitude).</summary>
    public double ReferenceLatitude { get; }

    /// <summary>
    /// Finds the areas covering the point at <paramref name="latitude"/>, <paramref name="longitude"/>
    /// (EPSG:4326, degrees), or, when none does, the nearest area. See the type's remarks for the boundary rule.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite.</exception>
    public LocateResult Locate(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude)) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Must be finite.");
        if (!double.IsFinite(longitude)) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Must be finite.");

        double sx = longitude * _k;
        var candidates = _tree.Query(new Envelope(sx, sx, latitude, latitude));
        List<AreaMatch>? hits = null;
        if (candidates.Count > 0)
        {
            foreach (var c in candidates)
            {
                var location = c.Locator!.Locate(longitude, latitude);
                if (location == Location.Exterior) continue;
                (hits ??= new List<AreaMatch>(2)).Add(new AreaMatch(c.PartnershipId, c.Name, location == Location.Boundary));
            }
        }
        if (hits is not null)
        {
            if (hits.Count > 1)
                hits.Sort(static (a, b) => a.OnBoundary != b.OnBoundary ? a.OnBoundary.CompareTo(b.OnBoundary) : string.CompareOrdinal(a.PartnershipId, b.PartnershipId));
            return new LocateResult(latitude, longitude, hits, null);
        }
        return new LocateResult(latitude, longitude, [], Count == 0 ? null : FindNearest(latitude, longitude, sx));
    }

    /// <summary>
    /// The nearest area border to a point, inside or outside the areas (the great-circle distance to it and its area),
    /// or null when there are no areas. Used to say how sure an answer is near a border.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite.</exception>
    public NearestArea? NearestBorder(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude)) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Must be finite.");
        if (!double.IsFinite(longitude)) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Must be finite.");
        return Count == 0 ? null : FindNearest(latitude, longitude, longitude * _k);
    }

    /// <summary>
    /// Nearest area by border distance in the scaled space, exactly: the area with the nearest envelope gives a
    /// first distance d; only areas whose envelopes lie within d can be nearer, and each is checked exactly (its
    /// border chunks nearest first, pruned by the best distance so far).
    /// </summary>
    private NearestArea FindNearest(double latitude, double longitude, double sx)
    {
        var queryEnvelope = new Envelope(sx, sx, latitude, latitude);
        var best = _tree.NearestNeighbour(queryEnvelope, IndexedArea.ForQuery(sx, latitude), EnvelopeItemDistance.Instance);
        double bestSquared = best.Boundary!.NearestSquared(sx, latitude, double.PositiveInfinity, out double nLon, out double nLat);
        double d = Math.Sqrt(bestSquared);
        foreach (var candidate in _tree.Query(new Envelope(sx - d, sx + d, latitude - d, latitude + d)))
        {
            if (ReferenceEquals(candidate, best)) continue;
            double envelopeDistance = candidate.ScaledEnvelope.Distance(queryEnvelope);
            if (envelopeDistance * envelopeDistance >= bestSquared) continue;
            double squared = candidate.Boundary!.NearestSquared(sx, latitude, bestSquared, out double lon2, out double lat2);
            if (squared < bestSquared) (best, bestSquared, nLon, nLat) = (candidate, squared, lon2, lat2);
        }
        double metres = Geo.DistanceMetres(new Coordinate(longitude, latitude), new Coordinate(nLon, nLat));
        return new NearestArea(best.PartnershipId, best.Name, metres, nLat, nLon);
    }
}
