using CoverageMap.Core.Geometry;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;

namespace CoverageMap.Core.Building;

/// <summary>
/// Turns a metric area into the published form: lon/lat on <see cref="Geo.Factory"/> (SRID 4326), coordinates
/// rounded to 1e-7° (~1 cm), valid (repaired with <see cref="GeometryFixer"/> when rounding or the input left it
/// invalid), a Polygon or MultiPolygon, normalised, exterior rings counter-clockwise and holes clockwise
/// (RFC 7946). Stateless.
/// </summary>
internal static class AreaGeometryFinisher
{
    /// <summary>1e7 units per degree: coordinates rounded to 1e-7°.</summary>
    private static readonly PrecisionModel Rounding = new(1e7);

    public static NetTopologySuite.Geometries.Geometry Finish(
        NetTopologySuite.Geometries.Geometry metric, LocalProjection projection, ICollection<BuildDiagnostic> diagnostics)
    {
        var reducer = new GeometryPrecisionReducer(Rounding) { ChangePrecisionModel = false };
        var geometry = reducer.Reduce(projection.ToLonLat(metric));
        if (!geometry.IsValid)
        {
            var error = new NetTopologySuite.Operation.Valid.IsValidOp(geometry).ValidationError;
            var reason = error?.Message ?? "invalid";
            geometry = reducer.Reduce(GeometryFixer.Fix(geometry));
            diagnostics.Add(new BuildDiagnostic(FindingSeverity.Info, BuildDiagnosticCodes.GeometryRepaired, [error?.ErrorType.ToString() ?? "Invalid"],
                $"The outline was invalid after rounding ({reason}) and was repaired with GeometryFixer."));
        }

        var polygons = PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().Where(p => !p.IsEmpty).ToArray();
        NetTopologySuite.Geometries.Geometry result = polygons.Length == 1
            ? Geo.Factory.CreatePolygon(polygons[0].Shell, polygons[0].Holes)
            : Geo.Factory.CreateMultiPolygon(polygons);
        result.Normalize();
        return Orient(result);
    }

    /// <summary>Exterior rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6), on <see cref="Geo.Factory"/>.</summary>
    public static NetTopologySuite.Geometries.Geometry Orient(NetTopologySuite.Geometries.Geometry polygonal) => polygonal switch
    {
        Polygon p => OrientPolygon(p),
        MultiPolygon mp => Geo.Factory.CreateMultiPolygon(
            Enumerable.Range(0, mp.NumGeometries).Select(i => OrientPolygon((Polygon)mp.GetGeometryN(i))).ToArray()),
        _ => polygonal,
    };

    private static Polygon OrientPolygon(Polygon polygon)
    {
        var shell = Ring(polygon.Shell, counterClockwise: true);
        var holes = polygon.Holes.Select(h => Ring(h, counterClockwise: false)).ToArray();
        return Geo.Factory.CreatePolygon(shell, holes);
    }

    private static LinearRing Ring(LinearRing ring, bool counterClockwise)
    {
        var coordinates = ring.Coordinates.Select(c => c.Copy()).ToArray();
        if (Orientation.IsCCW(coordinates) != counterClockwise) Array.Reverse(coordinates);
        return Geo.Factory.CreateLinearRing(coordinates);
    }
}
