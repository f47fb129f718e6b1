using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Lookup;

/// <summary>AreaIndex's own point locator must agree with NTS's IndexedPointInAreaLocator everywhere, edges included.</summary>
public class LocatorEquivalenceTests
{
    public static TheoryData<string> Shapes => ["blob-with-hole", "multipolygon", "staircase", "wiggly-cell"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Interior_boundary_and_exterior_agree_with_IndexedPointInAreaLocator(string shape)
    {
        var geometry = Shape(shape);
        var index = new AreaIndex(new Dataset(1, "t", [], [new Area("a", geometry, SquareDataset.Provenance())]));
        var reference = new IndexedPointInAreaLocator(geometry);
        var env = geometry.EnvelopeInternal;
        // A fixed seed per shape: string.GetHashCode is randomised per process, so failures were not reproducible.
        var rnd = new Random(SeedOf(shape));
        var points = new List<Coordinate>();
        for (int i = 0; i < 5000; i++)
            points.Add(new Coordinate(env.MinX - 0.001 + rnd.NextDouble() * (env.Width + 0.002), env.MinY - 0.001 + rnd.NextDouble() * (env.Height + 0.002)));
        foreach (var v in geometry.Coordinates)
        {
            points.Add(v.Copy());                                                          // on a vertex
            points.Add(new Coordinate(env.MinX + rnd.NextDouble() * env.Width, v.Y));      // the ray passes through a vertex
            points.Add(new Coordinate(v.X + 1e-7, v.Y));
        }
        int boundaries = 0;
        foreach (var p in points)
        {
            var expected = reference.Locate(p);
            var r = index.Locate(p.Y, p.X);
            var actual = !r.Covered ? Location.Exterior : r.OnBoundary ? Location.Boundary : Location.Interior;
            Assert.True(expected == actual, $"{shape}: ({p.X}, {p.Y}) expected {expected}, got {actual}");
            if (actual == Location.Boundary) boundaries++;
        }
        Assert.True(boundaries >= geometry.NumPoints - 1, "every vertex is a boundary point");
    }

    /// <summary>The shape's fixed seed: its index in <see cref="Shapes"/>, plus a constant.</summary>
    private static int SeedOf(string shape) => 20261201 + Array.IndexOf(["blob-with-hole", "multipolygon", "staircase", "wiggly-cell"], shape);

    private static NetTopologySuite.Geometries.Geometry Shape(string name)
    {
        var f = Geo.Factory;
        switch (name)
        {
            case "blob-with-hole":
            {
                var shell = Blob(21.0, 52.2, 0.02, 0.012, 300, 1);
                var hole = Blob(21.0, 52.2, 0.005, 0.003, 40, 2);
                return f.CreatePolygon(f.CreateLinearRing(shell), [f.CreateLinearRing(hole.Reverse().ToArray())]);
            }
            case "multipolygon":
                return f.CreateMultiPolygon([SquareDataset.Square(21.0, 52.2, 21.01, 52.21), SquareDataset.Square(21.02, 52.2, 21.03, 52.21),
                    f.CreatePolygon(Blob(21.05, 52.205, 0.01, 0.005, 64, 3))]);
            case "staircase":
            {
                // Horizontal and vertical edges whose y values coincide with many vertices: the degenerate cases of ray crossing.
                var c = new List<Coordinate> { new(21.0, 52.2) };
                for (int i = 0; i < 10; i++) { c.Add(new(21.0 + (i + 1) * 0.001, 52.2 + i * 0.001)); c.Add(new(21.0 + (i + 1) * 0.001, 52.2 + (i + 1) * 0.001)); }
                c.Add(new(21.0, 52.21));
                c.Add(new(21.0, 52.2));
                return f.CreatePolygon([.. c]);
            }
            default:
            {
                var ring = new List<Coordinate>();
                for (int k = 0; k < 250; k++) ring.Add(new(21.0 + 0.004 * k / 250, 52.2 + 0.0003 * Math.Sin(Math.PI * 3 * k / 250.0)));
                for (int k = 0; k < 250; k++) ring.Add(new(21.004 + 0.0004 * Math.Sin(Math.PI * 2 * k / 250.0), 52.2 + 0.003 * k / 250));
                for (int k = 0; k < 250; k++) ring.Add(new(21.004 - 0.004 * k / 250, 52.203 + 0.0003 * Math.Sin(Math.PI * k / 250.0)));
                for (int k = 0; k < 250; k++) ring.Add(new(21.0 + 0.0004 * Math.Sin(Math.PI * 4 * k / 250.0), 52.203 - 0.003 * k / 250));
                ring.Add(ring[0].Copy());
                return f.CreatePolygon([.. ring]);
            }
        }
    }

    private static Coordinate[] Blob(double cx, double cy, double rx, double ry, int n, int seed)
    {
        var rnd = new Random(seed);
        var c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++)
        {
            double t = 2 * Math.PI * i / n, r = 1 + 0.2 * Math.Sin(3 * t + seed) + 0.05 * (rnd.NextDouble() - 0.5);
            c[i] = new Coordinate(cx + rx * r * Math.Cos(t), cy + ry * r * Math.Sin(t));
        }
        c[n] = c[0].Copy();
        return c;
    }
}
