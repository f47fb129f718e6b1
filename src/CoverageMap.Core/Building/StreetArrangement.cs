using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Polygonize;

namespace CoverageMap.Core.Building;

/// <summary>A line fed to the arrangement: a metric geometry, the bounding street it belongs to
/// (−1 for a bridge over a gap) and the index of the network line it came from (−1 for a bridge).</summary>
internal sealed record ArrangementInput(NetTopologySuite.Geometries.Geometry Metric, int Street, int Line);

/// <summary>A segment of the noded lines, labelled with the input it lies on and the faces it bounds.</summary>
internal sealed record ArrangementSegment(Coordinate A, Coordinate B, int Input, double Length, List<int> Faces);

/// <summary>A face of the polygonised lines, with the segments of its rings.</summary>
internal sealed record ArrangementFace(Polygon Polygon, double Area, double Perimeter, IReadOnlyList<int> Segments);

/// <summary>
/// The planar arrangement of a set of metric lines: the lines noded (unary union), split into labelled segments,
/// and polygonised (NTS <see cref="Polygonizer"/>) into faces. Dangles (ends that run past the last crossing)
/// bound no face and are therefore ignored. Immutable once built.
/// </summary>
internal sealed class StreetArrangement
{
    private StreetArrangement(
        IReadOnlyList<ArrangementInput> inputs,
        IReadOnlyList<ArrangementSegment> segments,
        IReadOnlyList<ArrangementFace> faces,
        int dangleCount)
    {
        Inputs = inputs;
        Segments = segments;
        Faces = faces;
        DangleCount = dangleCount;
    }

    public IReadOnlyList<ArrangementInput> Inputs { get; }

    public IReadOnlyList<ArrangementSegment> Segments { get; }

    public IReadOnlyList<ArrangementFace> Faces { get; }

    public int DangleCount { get; }

    /// <summary>The bounding street a segment belongs to, or −1 (a bridge).</summary>
    public int StreetOf(ArrangementSegment segment) => segment.Input < 0 ? -1 : Inputs[segment.Input].Street;

    public static StreetArrangement Build(IReadOnlyList<ArrangementInput> inputs)
    {
        var tree = new STRtree<(int Input, LineSegment Segment)>();
        var lines = new List<NetTopologySuite.Geometries.Geometry>();
        for (int i = 0; i < inputs.Count; i++)
        {
            foreach (var line in LinearComponentExtracter.GetLines(inputs[i].Metric).Cast<LineString>())
            {
                if (line.IsEmpty) continue;
                lines.Add(line);
                var cs = line.Coordinates;
                for (int k = 0; k + 1 < cs.Length; k++)
                {
                    var seg = new LineSegment(cs[k], cs[k + 1]);
                    tree.Insert(new Envelope(seg.P0, seg.P1), (i, seg));
                }
            }
        }

        var noded = LocalProjection.Metric.BuildGeometry(lines).Union();

        var segments = new List<ArrangementSegment>();
        var index = new Dictionary<SegmentKey, int>();
        foreach (var line in LinearComponentExtracter.GetLines(noded).Cast<LineString>())
        {
            var cs = line.Coordinates;
            for (int k = 0; k + 1 < cs.Length; k++)
            {
                var (a, b) = (cs[k], cs[k + 1]);
                if (a.Equals2D(b)) continue;
                var key = SegmentKey.Of(a, b);
                if (index.ContainsKey(key)) continue;
                index[key] = segments.Count;
                segments.Add(new ArrangementSegment(a, b, LabelOf(tree, a, b), a.Distance(b), []));
            }
        }

        var polygonizer = new Polygonizer(extractOnlyPolygonal: false);
        polygonizer.Add(noded);
        var faces = new List<ArrangementFace>();
        foreach (var polygon in polygonizer.GetPolygons().OfType<Polygon>())
        {
            var faceIndex = faces.Count;
            var ids = new List<int>();
            foreach (var ring in new[] { polygon.Shell }.Concat(polygon.Holes))
            {
                var cs = ring.Coordinates;
                for (int k = 0; k + 1 < cs.Length; k++)
                {
                    if (cs[k].Equals2D(cs[k + 1])) continue;
                    if (!index.TryGetValue(SegmentKey.Of(cs[k], cs[k + 1]), out var id)) continue;
                    ids.Add(id);
                    if (!segments[id].Faces.Contains(faceIndex)) segments[id].Faces.Add(faceIndex);
                }
            }

            faces.Add(new ArrangementFace(polygon, polygon.Area, polygon.Length, ids));
        }

        return new StreetArrangement(inputs, segments, faces, polygonizer.GetDangles().Count);
    }

    private static int LabelOf(STRtree<(int Input, LineSegment Segment)> tree, Coordinate a, Coordinate b)
    {
        var mid = new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var search = new Envelope(mid);
        search.ExpandBy(1e-3);
        int best = -1;
        double bestDistance = double.MaxValue;
        foreach (var (input, segment) in tree.Query(search))
        {
            var d = segment.Distance(mid);
            if (d < bestDistance || (d == bestDistance && input < best))
            {
                best = input;
                bestDistance = d;
            }
        }

        return best;
    }

    private readonly record struct SegmentKey(double X0, double Y0, double X1, double Y1)
    {
        public static SegmentKey Of(Coordinate a, Coordinate b) =>
            a.CompareTo(b) <= 0 ? new(a.X, a.Y, b.X, b.Y) : new(b.X, b.Y, a.X, a.Y);
    }
}
