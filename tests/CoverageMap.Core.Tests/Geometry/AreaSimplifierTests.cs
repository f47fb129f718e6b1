using CoverageMap.Core.Geometry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Geometry;

public class AreaSimplifierTests
{
    [Fact]
    public void Simplifying_drops_vertices_within_the_tolerance_in_metres_and_keeps_the_shape_valid()
    {
        // A square edge with a 3 m bump (0.000027° of latitude) in the middle of its south side.
        var bump = 3 / Geo.MetresPerDegree(52.2).PerDegreeLat;
        var polygon = Geo.Factory.CreatePolygon([
            new Coordinate(21.0, 52.2), new Coordinate(21.005, 52.2 + bump), new Coordinate(21.01, 52.2),
            new Coordinate(21.01, 52.21), new Coordinate(21.0, 52.21), new Coordinate(21.0, 52.2)]);

        var kept = AreaSimplifier.Simplify(polygon, 2);
        Assert.Equal(6, kept.NumPoints);
        var simplified = AreaSimplifier.Simplify(polygon, 5);
        Assert.Equal(5, simplified.NumPoints);
        Assert.True(simplified.IsValid);
        Assert.Equal(4326, simplified.SRID);
        Assert.Same(polygon, AreaSimplifier.Simplify(polygon, 0));
        Assert.Equal(21.01, simplified.EnvelopeInternal.MaxX, 9);
    }
}
