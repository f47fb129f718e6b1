using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;

namespace CoverageMap.Core.Building;

/// <summary>
/// Makes an area's geometry of a polygon a person drew or adjusted by hand in the editor, the way the builder finishes
/// its own: repaired when invalid (<see cref="GeometryFixer"/>), rounded to 1e-7°, normalised, RFC 7946 orientation, on
/// the application's factory. Stateless and thread-safe.
/// </summary>
public static class HandDrawnArea
{
    /// <summary>The most vertices accepted.</summary>
    public const int MaxVertices = 20_000;

    /// <summary>Warsaw with a margin: west, south, east, north in degrees.</summary>
    public static Envelope Extent { get; } = new(20.80, 21.35, 52.05, 52.40);

    /// <summary>The finished geometry, or null with the problem.</summary>
    public static NetTopologySuite.Geometries.Geometry? Prepare(NetTopologySuite.Geometries.Geometry drawn, out HandDrawnProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        problem = null;
        if (drawn is not (Polygon or MultiPolygon) || drawn.IsEmpty) { problem = HandDrawnProblem.NotPolygonal; return null; }
        if (drawn.NumPoints > MaxVertices) { problem = HandDrawnProblem.TooManyVertices; return null; }
        if (drawn.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || !Extent.Contains(c.X, c.Y)))
        {
            problem = HandDrawnProblem.OutsideWarsaw;
            return null;
        }
        var reducer = new GeometryPrecisionReducer(new PrecisionModel(1e7)) { ChangePrecisionModel = false };
        var geometry = reducer.Reduce(drawn);
        if (!geometry.IsValid) geometry = reducer.Reduce(GeometryFixer.Fix(geometry));
        var polygons = PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().Where(p => !p.IsEmpty && p.Area > 0).ToArray();
        if (polygons.Length == 0) { problem = HandDrawnProblem.Degenerate; return null; }
        NetTopologySuite.Geometries.Geometry result = polygons.Length == 1
            ? Geometry.Geo.Factory.CreatePolygon(polygons[0].Shell, polygons[0].Holes)
            : Geometry.Geo.Factory.CreateMultiPolygon(polygons);
        result.Normalize();
        return AreaGeometryFinisher.Orient(result);
    }
}
