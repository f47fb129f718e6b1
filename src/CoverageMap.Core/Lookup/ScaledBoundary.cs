using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// An area's border (shells and holes) in the index's scaled space (x = lon·k, y = lat; one unit = one degree of
/// latitude in both directions), split into chunks of up to <see cref="ChunkSize"/> segments with their bounding
/// boxes, so the nearest border point is found by visiting the nearest chunks only. Built once; immutable and
/// thread-safe.
/// </summary>
internal sealed class ScaledBoundary
{
    public const int ChunkSize = 16;

    private readonly double _k;
    private readonly double[] _x, _y;
    private readonly Chunk[] _chunks;

    public ScaledBoundary(NetTopologySuite.Geometries.Geometry polygonal, double k)
    {
        _k = k;
        var x = new List<double>();
        var y = new List<double>();
        var chunks = new List<Chunk>();
        for (int g = 0; g < polygonal.NumGeometries; g++)
        {
            if (polygonal.GetGeometryN(g) is not Polygon polygon) continue;
            Add(polygon.Shell.CoordinateSequence);
            foreach (var hole in polygon.Holes) Add(hole.CoordinateSequence);
        }
        _x = [.. x];
        _y = [.. y];
        _chunks = [.. chunks];

        void Add(CoordinateSequence ring)
        {
            int offset = x.Count, n = ring.Count;
            for (int i = 0; i < n; i++) { x.Add(ring.GetX(i) * k); y.Add(ring.GetY(i)); }
            for (int s = 0; s < n - 1; s += ChunkSize)
            {
                int count = Math.Min(ChunkSize, n - 1 - s), start = offset + s;
                double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
                for (int v = start; v <= start + count; v++)
                {
                    minX = Math.Min(minX, x[v]); maxX = Math.Max(maxX, x[v]);
                    minY = Math.Min(minY, y[v]); maxY = Math.Max(maxY, y[v]);
                }
                chunks.Add(new Chunk(start, count, minX, maxX, minY, maxY));
            }
        }
    }

    /// <summary>
    /// Squared scaled distance from (px, py) to the border, if it is less than <paramref name="bestSquared"/>;
    /// otherwise returns <paramref name="bestSquared"/> and leaves the outputs NaN. The nearest point is in lon/lat.
    /// </summary>
    public double NearestSquared(double px, double py, double bestSquared, out double nearestLon, out double nearestLat)
    {
        nearestLon = nearestLat = double.NaN;
        int c = _chunks.Length;
        Span<double> boxDistance = c <= 512 ? stackalloc double[c] : new double[c];
        for (int i = 0; i < c; i++)
        {
            ref readonly var ch = ref _chunks[i];
            double dx = px < ch.MinX ? ch.MinX - px : px > ch.MaxX ? px - ch.MaxX : 0;
            double dy = py < ch.MinY ? ch.MinY - py : py > ch.MaxY ? py - ch.MaxY : 0;
            boxDistance[i] = dx * dx + dy * dy;
        }
        double best = bestSquared, bx = double.NaN, by = double.NaN;
        while (true)
        {
            int next = -1;
            double nextDistance = best;
            for (int i = 0; i < c; i++)
                if (boxDistance[i] < nextDistance) { nextDistance = boxDistance[i]; next = i; }
            if (next < 0) break;
            boxDistance[next] = double.PositiveInfinity;
            ref readonly var ch = ref _chunks[next];
            for (int v = ch.Start; v < ch.Start + ch.Count; v++)
            {
                double ax = _x[v], ay = _y[v], dx = _x[v + 1] - ax, dy = _y[v + 1] - ay;
                double len2 = dx * dx + dy * dy;
                double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
                t = t < 0 ? 0 : t > 1 ? 1 : t;
                double qx = ax + t * dx, qy = ay + t * dy;
                double d = (qx - px) * (qx - px) + (qy - py) * (qy - py);
                if (d < best) { best = d; bx = qx; by = qy; }
            }
        }
        if (!double.IsNaN(bx)) { nearestLon = bx / _k; nearestLat = by; }
        return best;
    }

    private readonly record struct Chunk(int Start, int Count, double MinX, double MaxX, double MinY, double MaxY);
}
