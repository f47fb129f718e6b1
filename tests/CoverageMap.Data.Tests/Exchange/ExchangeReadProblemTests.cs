using CoverageMap.Core.Problems;
using CoverageMap.Data.Exchange;
using Microsoft.Data.Sqlite;

namespace CoverageMap.Data.Tests.Exchange;

/// <summary>An exchange file that cannot be read says why as a code and facts (the file, the line, what was found), never in a reader's English.</summary>
public sealed class ExchangeReadProblemTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static InputFault Refusal(IExchangeCodec codec, string path) => Assert.Throws<InputProblemException>(() => codec.Read(path)).Fault;

    [Fact]
    public void A_CSV_row_whose_WKT_is_not_readable_names_its_line()
    {
        var path = _dir.Write("areas.csv", "partnershipId,name,wkt\np-1,P,\"POLYGON ((21 52, 21.1 52, 21.1 52.1, 21 52))\"\np-2,Q,POLYGON ((21 52\n");

        Assert.Equal(InputFault.Of(InputProblem.CsvWktUnreadable, "areas.csv", "3"), Refusal(CsvExchange.Instance, path));
    }

    [Fact]
    public void A_KML_placemark_with_a_coordinate_that_is_not_a_pair_names_the_placemark_and_the_text()
    {
        var path = _dir.Write("areas.kml", """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark id="p-1"><name>Kaskada</name><Polygon><outerBoundaryIs><LinearRing>
            <coordinates>21,52 21.1,52 21.1;52.1 21,52</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>
            """);

        Assert.Equal(InputFault.Of(InputProblem.KmlCoordinates, "areas.kml", "Kaskada", "21.1;52.1"), Refusal(KmlExchange.Instance, path));
    }

    [Fact]
    public void A_KML_ring_that_is_not_closed_names_the_placemark()
    {
        var path = _dir.Write("areas.kml", """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark id="p-1"><Polygon><outerBoundaryIs><LinearRing>
            <coordinates>21,52 21.1,52 21.1,52.1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>
            """);

        Assert.Equal(InputFault.Of(InputProblem.KmlRingNotClosed, "areas.kml", "p-1"), Refusal(KmlExchange.Instance, path));
    }

    [Fact]
    public void A_GeoPackage_without_a_partnership_id_column_lists_the_columns_it_has()
    {
        var path = _dir.File("areas.gpkg");
        GeoPackageExchange.Instance.Write([], path);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "ALTER TABLE areas RENAME COLUMN partnership_id TO kod";
            drop.ExecuteNonQuery();
        }

        Assert.Equal(InputFault.Of(InputProblem.GeoPackageNoIdColumn, "areas.gpkg", "areas", "fid, geom, kod, name, partnership, provenance"),
            Refusal(GeoPackageExchange.Instance, path));
    }

    public void Dispose() => _dir.Dispose();
}
