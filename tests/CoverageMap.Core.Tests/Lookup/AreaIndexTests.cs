using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Lookup;

public class AreaIndexTests
{
    private const double MidLat = 52.205;

    [Theory]
    [InlineData(21.005, "p-1")]
    [InlineData(21.015, "p-2")]
    [InlineData(21.025, "p-3")]
    public void A_point_inside_an_area_is_covered_by_that_area_only(double lon, string expected)
    {
        var index = new AreaIndex(SquareDataset.Create());
        var result = index.Locate(MidLat, lon);
        Assert.True(result.Covered);
        Assert.False(result.OnBoundary);
        var match = Assert.Single(result.Areas);
        Assert.Equal(expected, match.PartnershipId);
        Assert.Equal("Partnerstwo P " + expected[^1], match.Name);
        Assert.False(match.OnBoundary);
        Assert.Null(result.Nearest);
    }

    [Fact]
    public void Boundary_rule_a_point_on_a_shared_border_is_covered_by_both_areas_on_their_boundary()
    {
        var index = new AreaIndex(SquareDataset.Create());
        var result = index.Locate(MidLat, 21.01);
        Assert.True(result.Covered);
        Assert.True(result.OnBoundary);
        Assert.Equal(["p-1", "p-2"], result.Areas.Select(a => a.PartnershipId));
        Assert.All(result.Areas, a => Assert.True(a.OnBoundary));
        Assert.Null(result.Nearest);
    }

    [Fact]
    public void Boundary_rule_a_shared_vertex_returns_both_areas_and_an_outer_border_returns_one()
    {
        var index = new AreaIndex(SquareDataset.Create());
        var corner = index.Locate(52.21, 21.02);
        Assert.Equal(["p-2", "p-3"], corner.Areas.Select(a => a.PartnershipId));
        Assert.All(corner.Areas, a => Assert.True(a.OnBoundary));

        var outer = index.Locate(52.20, 21.005);
        var only = Assert.Single(outer.Areas);
        Assert.Equal("p-1", only.PartnershipId);
        Assert.True(only.OnBoundary);
        Assert.True(outer.OnBoundary);
    }

    [Fact]
    public void A_point_outside_every_area_gets_the_nearest_area_and_its_distance_in_metres()
    {
        var index = new AreaIndex(SquareDataset.Create());
        // 0.01° east of area 3's east edge (21.03) at 52.205: R·Δλ·cos φ ≈ 681.9 m.
        var result = index.Locate(MidLat, 21.04);
        Assert.False(result.Covered);
        Assert.False(result.OnBoundary);
        Assert.Empty(result.Areas);
        var nearest = Assert.IsType<NearestArea>(result.Nearest);
        Assert.Equal("p-3", nearest.PartnershipId);
        double expected = Geo.EarthRadiusMetres * (0.01 * Math.PI / 180) * Math.Cos(MidLat * Math.PI / 180);
        Assert.InRange(nearest.DistanceMetres, expected - 3, expected + 3);
        Assert.Equal(21.03, nearest.NearestLongitude, 9);
        Assert.Equal(MidLat, nearest.NearestLatitude, 9);
    }

    [Fact]
    public void Nearest_is_measured_in_metres_not_degrees()
    {
        // In degrees, B (0.006° of longitude away) is nearer than A (0.005° of latitude away), but one degree of
        // longitude is only ~0.61 of a degree of latitude here: A is 556 m away, B 409 m.
        var a = new Area("north", SquareDataset.Square(21.0, 52.215, 21.01, 52.22), SquareDataset.Provenance());
        var b = new Area("east", SquareDataset.Square(21.016, 52.2, 21.02, 52.21), SquareDataset.Provenance());
        var index = new AreaIndex(new Dataset(1, "t", [], [a, b]));
        var nearest = index.Locate(52.21, 21.01).Nearest!;
        Assert.Equal("east", nearest.PartnershipId);
        Assert.Equal("east", nearest.Name);
        Assert.InRange(nearest.DistanceMetres, 405, 413);
    }

    [Fact]
    public void Nearest_search_is_exact_over_many_areas()
    {
        var areas = new List<Area>();
        var rnd = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            double lon = 20.8 + rnd.NextDouble() * 0.4, lat = 52.1 + rnd.NextDouble() * 0.25;
            areas.Add(new Area($"a{i}", SquareDataset.Square(lon, lat, lon + 0.002, lat + 0.001), SquareDataset.Provenance()));
        }
        var index = new AreaIndex(new Dataset(1, "t", [], areas));
        for (int q = 0; q < 200; q++)
        {
            double lat = 52.0 + rnd.NextDouble() * 0.45, lon = 20.7 + rnd.NextDouble() * 0.6;
            var result = index.Locate(lat, lon);
            if (result.Covered) continue;
            var p = Geo.PointFromLatLon(lat, lon);
            var (perLon, perLat) = Geo.MetresPerDegree(index.ReferenceLatitude);
            double Metric(Area a)
            {
                var near = NetTopologySuite.Operation.Distance.DistanceOp.NearestPoints(a.Geometry, p)[0];
                return Math.Sqrt(Math.Pow((near.X - lon) * perLon, 2) + Math.Pow((near.Y - lat) * perLat, 2));
            }
            var best = areas.MinBy(Metric)!;
            Assert.Equal(Metric(best), Metric(areas.Single(a => a.PartnershipId == result.Nearest!.PartnershipId)), 6);
        }
    }

    [Fact]
    public void Multipolygons_and_holes_are_located_correctly()
    {
        var outer = Geo.Factory.CreatePolygon(
            Geo.Factory.CreateLinearRing([new(21.0, 52.2), new(21.03, 52.2), new(21.03, 52.23), new(21.0, 52.23), new(21.0, 52.2)]),
            [Geo.Factory.CreateLinearRing([new(21.01, 52.21), new(21.02, 52.21), new(21.02, 52.22), new(21.01, 52.22), new(21.01, 52.21)])]);
        var island = SquareDataset.Square(21.1, 52.2, 21.11, 52.21);
        var area = new Area("m", Geo.Factory.CreateMultiPolygon([outer, island]), SquareDataset.Provenance());
        var index = new AreaIndex(new Dataset(1, "t", [], [area]));

        Assert.True(index.Locate(52.205, 21.105).Covered);
        Assert.True(index.Locate(52.205, 21.005).Covered);
        var inHole = index.Locate(52.215, 21.015);
        Assert.False(inHole.Covered);
        Assert.Equal("m", inHole.Nearest!.PartnershipId);
        Assert.InRange(inHole.Nearest.DistanceMetres, 340, 342); // 0.005° of longitude to the hole's edge
        Assert.True(index.Locate(52.215, 21.01).OnBoundary);
    }

    [Fact]
    public void An_empty_index_covers_nothing_and_has_no_nearest_area()
    {
        var result = AreaIndex.Empty.Locate(52.2, 21.0);
        Assert.False(result.Covered);
        Assert.Null(result.Nearest);
        Assert.Equal(0, AreaIndex.Empty.Count);
    }

    [Fact]
    public void Non_polygonal_areas_are_rejected_when_building()
    {
        var line = Geo.Factory.CreateLineString([new Coordinate(21, 52), new Coordinate(21.1, 52.1)]);
        var ex = Assert.Throws<ArgumentException>(() => new AreaIndex(new Dataset(1, "t", [], [new Area("bad", line, SquareDataset.Provenance())])));
        Assert.Contains("bad", ex.Message);
    }

    [Fact]
    public void Non_finite_coordinates_are_rejected()
    {
        var index = new AreaIndex(SquareDataset.Create());
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Locate(double.NaN, 21));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Locate(52, double.PositiveInfinity));
    }

    [Fact]
    public void Concurrent_lookups_agree_with_a_sequential_run()
    {
        var index = new AreaIndex(SquareDataset.Create());
        var points = Enumerable.Range(0, 2000).Select(i => (Lat: 52.19 + (i % 40) * 0.0006, Lon: 20.99 + (i / 40) * 0.0009)).ToArray();
        var expected = points.Select(p => Describe(index.Locate(p.Lat, p.Lon))).ToArray();
        var actual = new string[points.Length];
        Parallel.For(0, points.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(index.Locate(points[i].Lat, points[i].Lon)));
        Assert.Equal(expected, actual);
    }

    internal static string Describe(LocateResult r) =>
        string.Join(",", r.Areas.Select(a => a.PartnershipId + (a.OnBoundary ? "*" : ""))) + "|" + r.Nearest?.PartnershipId;
}
