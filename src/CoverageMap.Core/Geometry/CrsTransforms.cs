using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace CoverageMap.Core.Geometry;

/// <summary>
/// Conversions between WGS 84 latitude/longitude (EPSG:4326) and the two Polish grids the API accepts:
/// EPSG:2180 (PUWG 1992, "ETRF2000-PL / CS92") and EPSG:2178 (CS2000 zone 7, "ETRF2000-PL / CS2000/21").
/// The transformation objects are created once, from the EPSG definitions written out below. Thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Axis convention.</b> Here (and in the HTTP API) <c>x</c> is always the easting and <c>y</c> the
/// northing, although EPSG lists these grids' axes northing first (the surveyors' "X" is the northing). A point
/// in Warsaw is roughly x = 637 000, y = 487 000 in EPSG:2180 and x = 7 500 000, y = 5 785 000 in EPSG:2178.</para>
/// <para>ETRF2000-PL is treated as identical to WGS 84 (the difference is below a metre, like PROJ's default
/// "ballpark" transformation).</para>
/// </remarks>
public static class CrsTransforms
{
    /// <summary>EPSG code of PUWG 1992 (ETRF2000-PL / CS92).</summary>
    public const int Puwg1992 = 2180;

    /// <summary>EPSG code of CS2000 zone 7, central meridian 21°E (ETRF2000-PL / CS2000/21), which covers Warsaw.</summary>
    public const int Cs2000Zone7 = 2178;

    /// <summary>WKT of EPSG:2180 (Transverse Mercator, CM 19°E, k 0.9993, FE 500 000, FN −5 300 000, GRS 1980).</summary>
    public const string Puwg1992Wkt =
        "PROJCS[\"ETRF2000-PL / CS92\",GEOGCS[\"ETRF2000-PL\",DATUM[\"ETRF2000_Poland\"," +
        "SPHEROID[\"GRS 1980\",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]],PRIMEM[\"Greenwich\",0]," +
        "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"]," +
        "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",19],PARAMETER[\"scale_factor\",0.9993]," +
        "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",-5300000],UNIT[\"metre\",1]," +
        "AUTHORITY[\"EPSG\",\"2180\"]]";

    /// <summary>WKT of EPSG:2178 (Transverse Mercator, CM 21°E, k 0.999923, FE 7 500 000, FN 0, GRS 1980).</summary>
    public const string Cs2000Zone7Wkt =
        "PROJCS[\"ETRF2000-PL / CS2000/21\",GEOGCS[\"ETRF2000-PL\",DATUM[\"ETRF2000_Poland\"," +
        "SPHEROID[\"GRS 1980\",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]],PRIMEM[\"Greenwich\",0]," +
        "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"]," +
        "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",21],PARAMETER[\"scale_factor\",0.999923]," +
        "PARAMETER[\"false_easting\",7500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]," +
        "AUTHORITY[\"EPSG\",\"2178\"]]";

    private static readonly (MathTransform ToWgs84, MathTransform FromWgs84) Puwg = Create(Puwg1992Wkt);
    private static readonly (MathTransform ToWgs84, MathTransform FromWgs84) Cs2000 = Create(Cs2000Zone7Wkt);

    /// <summary>True for the SRIDs <see cref="ToLatLon"/> accepts: 4326, 2180 and 2178.</summary>
    public static bool IsSupported(int srid) => srid is Geo.Wgs84 or Puwg1992 or Cs2000Zone7;

    /// <summary>
    /// Converts x/y in <paramref name="srid"/> to latitude/longitude. For 4326, x is the longitude and y the
    /// latitude; for 2180 and 2178, x is the easting and y the northing, in metres.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The SRID is not supported.</exception>
    public static (double Latitude, double Longitude) ToLatLon(int srid, double x, double y)
    {
        switch (srid)
        {
            case Geo.Wgs84: return (y, x);
            case Puwg1992: { var (lon, lat) = Puwg.ToWgs84.Transform(x, y); return (lat, lon); }
            case Cs2000Zone7: { var (lon, lat) = Cs2000.ToWgs84.Transform(x, y); return (lat, lon); }
            default: throw new ArgumentOutOfRangeException(nameof(srid), srid, "Supported SRIDs: 4326, 2180, 2178.");
        }
    }

    /// <summary>Converts latitude/longitude to x (easting) / y (northing) in <paramref name="srid"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The SRID is not supported.</exception>
    public static (double X, double Y) FromLatLon(int srid, double latitude, double longitude) => srid switch
    {
        Geo.Wgs84 => (longitude, latitude),
        Puwg1992 => Puwg.FromWgs84.Transform(longitude, latitude),
        Cs2000Zone7 => Cs2000.FromWgs84.Transform(longitude, latitude),
        _ => throw new ArgumentOutOfRangeException(nameof(srid), srid, "Supported SRIDs: 4326, 2180, 2178."),
    };

    private static (MathTransform, MathTransform) Create(string wkt)
    {
        var projected = (CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(wkt);
        var factory = new CoordinateTransformationFactory();
        return (factory.CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform,
                factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform);
    }
}
