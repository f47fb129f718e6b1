using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// Distance between a query point and an area's rings in the index's scaled space (x = lon·k, y = lat, with
/// k = cos of the index's reference latitude), where one unit is one degree of latitude in both directions.
/// It is never less than the distance between the envelopes, so STRtree's branch-and-bound search is exact.
/// Stateless and thread-safe.
/// </summary>
internal sealed class ScaledRingDistance(double k) : IItemDistance<Envelope, IndexedArea>
{
    public double Distance(IBoundable<Envelope, IndexedArea> item1, IBoundable<Envelope, IndexedArea> item2)
    {
        var (query, area) = item1.Item.Area is null ? (item1.Item, item2.Item) : (item2.Item, item1.Item);
        return Math.Sqrt(Nearest(area, query.QueryX, query.QueryY, out _, out _));
    }

    /// <summary>Squared scaled distance from (px, py) to the area's border; the nearest border point in lon/lat.</summary>
    public double Nearest(IndexedArea area, double px, double py, out double nearestLon, out double nearestLat)
    {
        double best = double.PositiveInfinity, bx = double.NaN, by = double.NaN;
        foreach (var ring in area.Rings)
        {
            int n = ring.Count;
            if (n == 0) continue;
            double ax = ring.GetX(0) * k, ay = ring.GetY(0);
            if (n == 1) Consider(ax, ay);
            for (int i = 1; i < n; i++)
            {
                double cx = ring.GetX(i) * k, cy = ring.GetY(i);
                double dx = cx - ax, dy = cy - ay, len2 = dx * dx + dy * dy;
                double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
                t = t < 0 ? 0 : t > 1 ? 1 : t;
                Consider(ax + t * dx, ay + t * dy);
                ax = cx; ay = cy;
            }
        }
        nearestLon = bx / k;
        nearestLat = by;
        return best;

        void Consider(double x, double y)
        {
            double d = (x - px) * (x - px) + (y - py) * (y - py);
            if (d < best) { best = d; bx = x; by = y; }
        }
    }
}
