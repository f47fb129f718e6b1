using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Geometry;

/// <summary>
/// The one <see cref="GeometryFactory"/> of the application (EPSG:4326, floating precision) and the few
/// metric helpers every part needs. Thread-safe and immutable.
/// </summary>
/// <remarks>Coordinates are always X = longitude, Y = latitude (RFC 7946 order). Public APIs say lat/lon.</remarks>
public static class Geo
{
    /// <summary>EPSG code of WGS 84 geographic coordinates.</summary>
    public const int Wgs84 = 4326;

    /// <summary>Mean Earth radius in metres (IUGG).</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The application's geometry factory: SRID 4326, floating precision.</summary>
    public static GeometryFactory Factory { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(PrecisionModels.Floating), Wgs84);

    /// <summary>Creates a point from latitude and longitude (degrees).</summary>
    public static Point PointFromLatLon(double latitude, double longitude) =>
        Factory.CreatePoint(new Coordinate(longitude, latitude));

    /// <summary>Great-circle distance in metres between two lon/lat coordinates.</summary>
    public static double DistanceMetres(Coordinate a, Coordinate b)
    {
        double lat1 = a.Y * Math.PI / 180, lat2 = b.Y * Math.PI / 180;
        double dLat = lat2 - lat1, dLon = (b.X - a.X) * Math.PI / 180;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                   Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Metres per degree of longitude and of latitude at a given latitude (local equirectangular scale).</summary>
    public static (double PerDegreeLon, double PerDegreeLat) MetresPerDegree(double latitude)
    {
        double perLat = Math.PI / 180 * EarthRadiusMetres;
        return (perLat * Math.Cos(latitude * Math.PI / 180), perLat);
    }
}
