using CoverageMap.Core.Geometry;
using CoverageMap.Core.Streets;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Streets;

public class StreetPointIndexTests
{
    private static RegisteredStreet Street(string id, string name, string district) => new(id, "ulica", name, StreetRegister.DeriveShortName(name), [district], []);

    private static LineString Line(params (double Lon, double Lat)[] points) =>
        Geo.Factory.CreateLineString(points.Select(p => new Coordinate(p.Lon, p.Lat)).ToArray());

    [Fact]
    public void The_point_lies_halfway_along_the_street_in_metres_not_in_degrees()
    {
        // An L: 0.01° east (about 680 m at 52.2° N), then 0.01° north (about 1,110 m). Halfway (about 895 m) is on the
        // northward leg, about 215 m north of the corner; halfway in degrees would be the corner itself.
        var register = new StreetRegister([Street("1", "Wołoska", "Mokotów")]);
        var network = new StreetNetwork([new NamedLine("ul. Wołoska", Line((21.00, 52.20), (21.01, 52.20), (21.01, 52.21)))], "test");

        var p = new StreetPointIndex(register, network).Find("1");

        Assert.NotNull(p);
        Assert.Equal(21.01, p.Value.Longitude, 9);
        var (kx, ky) = Geo.MetresPerDegree(52.205);
        double expectedNorth = (0.01 * ky - 0.01 * kx) / 2 / ky;
        Assert.Equal(52.20 + expectedNorth, p.Value.Latitude, 4);
    }

    [Fact]
    public void Several_lines_of_one_name_are_measured_together()
    {
        var register = new StreetRegister([Street("1", "Dolna", "Mokotów")]);
        var network = new StreetNetwork([
            new NamedLine("Dolna", Line((21.00, 52.20), (21.00, 52.21))),
            new NamedLine("Dolna", Line((21.00, 52.21), (21.00, 52.23)))], "test");

        var p = new StreetPointIndex(register, network).Find("1");

        Assert.NotNull(p);
        Assert.Equal(52.215, p.Value.Latitude, 9);
    }

    [Fact]
    public void A_street_the_network_lacks_or_cannot_attribute_gets_no_point()
    {
        var register = new StreetRegister([
            Street("z", "Adama Mickiewicza", "Żoliborz"), Street("w", "Adama Mickiewicza", "Wesoła"), Street("k", "Kaskadowa", "Bielany")]);
        var network = new StreetNetwork([new NamedLine("Adama Mickiewicza", Line((20.98, 52.26), (20.99, 52.27)))], "test");

        var index = new StreetPointIndex(register, network);

        Assert.Null(index.Find("z"));
        Assert.Null(index.Find("w"));
        Assert.Null(index.Find("k"));
        Assert.Null(index.Find("no-such-id"));
        Assert.Equal(0, index.Count);
        Assert.Equal(2, index.SameNameCount("w"));
        Assert.Equal(1, index.SameNameCount("k"));
        Assert.Equal(index.KeyOf("z"), index.KeyOf("w"));
    }
}
