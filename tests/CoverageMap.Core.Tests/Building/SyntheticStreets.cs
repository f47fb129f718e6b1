using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Streets;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Building;

/// <summary>
/// Inline synthetic street grids around 52.27 N, 20.98 E, written in metres east/north of that origin and
/// converted to lon/lat with the local scale. Stateless.
/// </summary>
internal static class SyntheticStreets
{
    public const double OriginLat = 52.27;
    public const double OriginLon = 20.98;

    private static readonly (double PerDegreeLon, double PerDegreeLat) Scale = Geo.MetresPerDegree(OriginLat);

    public static Coordinate At(double east, double north) =>
        new(OriginLon + east / Scale.PerDegreeLon, OriginLat + north / Scale.PerDegreeLat);

    public static Point PointAt(double east, double north) => Geo.Factory.CreatePoint(At(east, north));

    public static NamedLine Line(string name, double? accuracy, params (double East, double North)[] points) =>
        new(name, Geo.Factory.CreateLineString(points.Select(p => At(p.East, p.North)).ToArray()), "ulica", accuracy);

    public static NamedLine Line(string name, params (double East, double North)[] points) => Line(name, null, points);

    public static StreetNetwork Network(params NamedLine[] lines) =>
        new(lines, "synthetic grid (inline)", new DateOnly(2024, 5, 1), "test data");

    public static BoundaryDefinition Boundary(params string[] streets) =>
        new("source", "test boundary: " + string.Join(", ", streets), streets.Select(s => new BoundingStreet(s)).ToArray(), [], null);

    public static BoundaryDefinition WithExtra(this BoundaryDefinition boundary, string name, string rule) =>
        boundary with { Extras = [.. boundary.Extras, new BoundaryExtra(name, "park", rule)] };

    /// <summary>A counter-clockwise rectangle in metres from the origin, as a lon/lat polygon.</summary>
    public static Polygon Rectangle(double west, double south, double east, double north) =>
        Geo.Factory.CreatePolygon([At(west, south), At(east, south), At(east, north), At(west, north), At(west, south)]);

    public static AreaBuildOptions Options(double gapTolerance = 0) =>
        new() { GapToleranceMetres = gapTolerance, Clock = new FixedClock(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero)) };

    public static double SquareMetres(Area area) => AreaSetChecks.AreaSquareMetres(area.Geometry);
}
