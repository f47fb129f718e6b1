using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace CoverageMap.Core.Geometry;

/// <summary>
/// Simplifies an area for display: Douglas–Peucker with topology preservation
/// (<see cref="TopologyPreservingSimplifier"/>) in a local metric projection, so the tolerance is in metres.
/// Never used for lookups, which always run on the full geometry. Stateless and thread-safe.
/// </summary>
public static class AreaSimplifier
{
    /// <summary>
    /// Returns a simplified copy of <paramref name="geometry"/> (EPSG:4326) whose vertices lie within
    /// <paramref name="toleranceMetres"/> of the original. A tolerance of 0 returns the geometry itself.
    /// </summary>
    public static NetTopologySuite.Geometries.Geometry Simplify(NetTopologySuite.Geometries.Geometry geometry, double toleranceMetres)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (!(toleranceMetres > 0) || geometry.IsEmpty) return geometry;
        var centre = geometry.EnvelopeInternal.Centre;
        var (perLon, perLat) = Geo.MetresPerDegree(centre.Y);
        var local = geometry.Copy();
        local.Apply(new AffineFilter(-centre.X, -centre.Y, perLon, perLat, toMetres: true));
        local.GeometryChanged();
        var simplified = TopologyPreservingSimplifier.Simplify(local, toleranceMetres);
        simplified.Apply(new AffineFilter(centre.X, centre.Y, perLon, perLat, toMetres: false));
        simplified.GeometryChanged();
        return Geo.Factory.CreateGeometry(simplified);
    }

    /// <summary>Maps lon/lat to local metres around a centre and back (equirectangular).</summary>
    private sealed class AffineFilter(double shiftX, double shiftY, double perLon, double perLat, bool toMetres) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (int i = 0; i < seq.Count; i++)
            {
                double x = seq.GetX(i), y = seq.GetY(i);
                if (toMetres) { x = (x + shiftX) * perLon; y = (y + shiftY) * perLat; }
                else { x = x / perLon + shiftX; y = y / perLat + shiftY; }
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
