using CoverageMap.Core.Geometry;

namespace CoverageMap.Core.Tests.Geometry;

public class CrsTransformsTests
{
    // Reference values from GDAL 3.6.2 / PROJ (gdaltransform, traditional GIS order: input lon lat, output easting northing):
    //   printf "21.0 52.2\n20.95 52.25\n21.1 52.3\n" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2180
    //     636640.467013033 483432.200828122 / 633075.188340784 488898.016806912 / 643149.41460288 494742.96697897
    //   ... -t_srs EPSG:2178
    //     7500000 5785151.90933598 / 7496585.52397267 5790716.24015849 / 7506821.27151623 5796282.97226869
    [Theory]
    [InlineData(2180, 52.2, 21.0, 636640.467013033, 483432.200828122)]
    [InlineData(2180, 52.25, 20.95, 633075.188340784, 488898.016806912)]
    [InlineData(2180, 52.3, 21.1, 643149.41460288, 494742.96697897)]
    [InlineData(2178, 52.2, 21.0, 7500000, 5785151.90933598)]
    [InlineData(2178, 52.25, 20.95, 7496585.52397267, 5790716.24015849)]
    [InlineData(2178, 52.3, 21.1, 7506821.27151623, 5796282.97226869)]
    public void Grid_coordinates_convert_within_a_metre_of_the_reference(int srid, double lat, double lon, double easting, double northing)
    {
        var (gotLat, gotLon) = CrsTransforms.ToLatLon(srid, easting, northing);
        var metres = Geo.DistanceMetres(new(lon, lat), new(gotLon, gotLat));
        Assert.InRange(metres, 0, 1);

        var (x, y) = CrsTransforms.FromLatLon(srid, lat, lon);
        Assert.InRange(Math.Abs(x - easting), 0, 1);
        Assert.InRange(Math.Abs(y - northing), 0, 1);
    }

    [Fact]
    public void Wgs84_takes_x_as_longitude_and_unknown_srids_are_rejected()
    {
        Assert.Equal((52.2, 21.0), CrsTransforms.ToLatLon(4326, 21.0, 52.2));
        Assert.False(CrsTransforms.IsSupported(3857));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrsTransforms.ToLatLon(3857, 0, 0));
    }
}
