using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// Point-in-area location for one polygonal area, with the same rule and robustness as NTS's
/// <see cref="NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator"/> (ray crossing over all rings, exact
/// <see cref="Location.Boundary"/> via the robust orientation test of <see cref="CGAlgorithmsDD"/>), but laid out
/// flat: the vertices in one array and, per horizontal strip of the area's envelope, the segments whose
/// y-range meets that strip. A query reads one strip's few segments from contiguous memory, which matters when
/// thousands of areas do not fit in the CPU caches. Built once; immutable and thread-safe.
/// </summary>
internal sealed class StripLocator
{
    private readonly double[] _xy;            // vertices, interleaved x, y
    private readonly int[] _stripOffsets;     // CSR: segments of strip s are _stripSegments[_stripOffsets[s] .. _stripOffsets[s + 1]]
    private readonly int[] _stripSegments;    // segment = index of its first vertex in _xy / 2
    private readonly double _minX, _maxX, _minY, _maxY, _stripHeight;
    private readonly int _strips;

    public StripLocator(NetTopologySuite.Geometries.Geometry polygonal)
    {
        var xy = new List<double>();
        var segments = new List<int>();
        for (int g = 0; g < polygonal.NumGeometries; g++)
        {
            if (polygonal.GetGeometryN(g) is not Polygon polygon) continue;
            Add(polygon.Shell.CoordinateSequence);
            foreach (var hole in polygon.Holes) Add(hole.CoordinateSequence);
        }
        _xy = [.. xy];
        var env = polygonal.EnvelopeInternal;
        (_minX, _maxX, _minY, _maxY) = (env.MinX, env.MaxX, env.MinY, env.MaxY);

        // About two segments per strip; fewer strips when long segments would be listed in too many of them.
        int strips = Math.Max(1, segments.Count / 2);
        int[] first, last;
        while (true)
        {
            double height = (_maxY - _minY) / strips;
            if (!(height > 0)) { strips = 1; height = 1; }
            first = new int[segments.Count];
            last = new int[segments.Count];
            long entries = 0;
            for (int i = 0; i < segments.Count; i++)
            {
                int v = segments[i];
                double y1 = _xy[2 * v + 1], y2 = _xy[2 * v + 3];
                first[i] = Strip(Math.Min(y1, y2), height, strips);
                last[i] = Strip(Math.Max(y1, y2), height, strips);
                entries += last[i] - first[i] + 1;
            }
            if (entries <= 8L * segments.Count + 16 || strips == 1) { _stripHeight = height; break; }
            strips = Math.Max(1, strips / 2);
        }
        _strips = strips;
        _stripOffsets = new int[strips + 1];
        for (int i = 0; i < segments.Count; i++)
            for (int s = first[i]; s <= last[i]; s++) _stripOffsets[s + 1]++;
        for (int s = 0; s < strips; s++) _stripOffsets[s + 1] += _stripOffsets[s];
        _stripSegments = new int[_stripOffsets[strips]];
        var fill = (int[])_stripOffsets.Clone();
        for (int i = 0; i < segments.Count; i++)
            for (int s = first[i]; s <= last[i]; s++) _stripSegments[fill[s]++] = segments[i];

        void Add(CoordinateSequence ring)
        {
            int offset = xy.Count / 2, n = ring.Count;
            for (int i = 0; i < n; i++) { xy.Add(ring.GetX(i)); xy.Add(ring.GetY(i)); }
            for (int i = 0; i < n - 1; i++) segments.Add(offset + i);
        }
    }

    private int Strip(double y, double height, int strips)
    {
        int s = (int)((y - _minY) / height);
        return s < 0 ? 0 : s >= strips ? strips - 1 : s;
    }

    /// <summary>Where (x, y) lies relative to the area: interior, boundary or exterior.</summary>
    public Location Locate(double x, double y)
    {
        if (x < _minX || x > _maxX || y < _minY || y > _maxY) return Location.Exterior;
        int s = Strip(y, _stripHeight, _strips);
        int crossings = 0;
        var xy = _xy;
        for (int k = _stripOffsets[s], end = _stripOffsets[s + 1]; k < end; k++)
        {
            int v = 2 * _stripSegments[k];
            double x1 = xy[v], y1 = xy[v + 1], x2 = xy[v + 2], y2 = xy[v + 3];
            // The ray-crossing rule of NTS's RayCrossingCounter.CountSegment.
            if (x1 < x && x2 < x) continue;
            if (x == x2 && y == y2) return Location.Boundary;
            if (y1 == y && y2 == y)
            {
                if (x >= Math.Min(x1, x2) && x <= Math.Max(x1, x2)) return Location.Boundary;
                continue;
            }
            if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y))
            {
                int orientation = CGAlgorithmsDD.OrientationIndex(x1, y1, x2, y2, x, y);
                if (orientation == 0) return Location.Boundary;
                if (y2 < y1) orientation = -orientation;
                if (orientation > 0) crossings++;
            }
        }
        return (crossings & 1) == 1 ? Location.Interior : Location.Exterior;
    }
}
