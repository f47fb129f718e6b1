using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Data.Exchange;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Exchange;

/// <summary>An import validates once: an invalid polygon is repaired (saying what was wrong) or rejected with the reason;
/// a record without a partnership or provenance is completed or rejected.</summary>
public sealed class ExchangeValidationTests
{
    private static readonly string Partnership = System.Text.Json.JsonSerializer.Serialize(SquareDataset.Partnership("p-1", "Partnerstwo P 1"), CoverageMap.Data.Registry.RegistryJson.Compact);

    private static ExchangeRecord Record(Geometry? geometry, string id = "p-1", string? partnership = null) =>
        new(id, "Partnerstwo P 1", geometry, partnership ?? Partnership, null);

    private static Polygon Ring(params (double Lon, double Lat)[] points) => Geo.Factory.CreatePolygon([.. points.Select(p => new Coordinate(p.Lon, p.Lat))]);

    [Fact]
    public void A_bow_tie_is_repaired_and_the_note_says_where_it_crossed_itself()
    {
        var bowTie = Ring((21.00, 52.20), (21.01, 52.21), (21.01, 52.20), (21.00, 52.21), (21.00, 52.20));
        var result = ExchangeImport.FromRecords([Record(bowTie)], null, "test.geojson", DateTimeOffset.UtcNow);

        var note = Assert.Single(result.Notes, n => n.Kind == ExchangeNoteKind.Repaired);
        Assert.Equal(["SelfIntersection", "52.205", "21.005"], note.Facts);
        Assert.False(result.HasRejections);
        var area = Assert.Single(result.Dataset.Areas);
        Assert.True(area.Geometry.IsValid);
        Assert.Equal(2, area.Geometry.NumGeometries);   // the two triangles
        Assert.Contains(result.Notes, n => n.Kind == ExchangeNoteKind.ProvenanceAdded);
    }

    [Fact]
    public void What_is_no_area_in_lon_lat_is_rejected_with_the_reason()
    {
        var line = Geo.Factory.CreateLineString([new(21.0, 52.2), new(21.1, 52.3)]);
        var projected = SquareDataset.Square(637000, 486000, 638000, 487000);   // EPSG:2180 metres
        var flat = Ring((21.00, 52.20), (21.01, 52.20), (21.02, 52.20), (21.00, 52.20));
        var result = ExchangeImport.FromRecords([Record(line, "p-1"), Record(projected, "p-2", Partnership.Replace("\"p-1\"", "\"p-2\"", StringComparison.Ordinal)),
            Record(flat, "p-3", Partnership.Replace("\"p-1\"", "\"p-3\"", StringComparison.Ordinal))], null, "test.csv", DateTimeOffset.UtcNow);

        Assert.True(result.HasRejections);
        var notAnArea = result.Notes.Single(n => n.PartnershipId == "p-1");
        Assert.Equal((ExchangeRejection.NotAPolygon, "LineString"), (notAnArea.Rejection, notAnArea.Facts[0]));
        Assert.Equal(ExchangeRejection.NotLonLat, result.Notes.Single(n => n.PartnershipId == "p-2").Rejection);
        Assert.Equal(ExchangeRejection.Unrepairable, result.Notes.Single(n => n.PartnershipId == "p-3" && n.Kind == ExchangeNoteKind.Rejected).Rejection);
        Assert.Empty(result.Dataset.Areas);
    }

    [Fact]
    public void A_record_without_its_partnership_takes_the_active_versions_and_a_duplicate_or_unknown_one_is_rejected()
    {
        var active = SquareDataset.Create();
        var square = SquareDataset.Square(21.0, 52.2, 21.01, 52.21);
        var result = ExchangeImport.FromRecords([
            new ExchangeRecord("p-2", "Nowa nazwa", square, null, null),
            new ExchangeRecord("p-2", "", square, null, null),
            new ExchangeRecord("nieznane", "", square, null, null)], active, "qgis.gpkg", DateTimeOffset.UtcNow);

        Assert.Equal([ExchangeNoteKind.PartnershipFromActiveVersion, ExchangeNoteKind.Renamed, ExchangeNoteKind.ProvenanceAdded, ExchangeNoteKind.Rejected, ExchangeNoteKind.Rejected],
            result.Notes.Select(n => n.Kind));
        Assert.Equal("Nowa nazwa", Assert.Single(result.Dataset.Partnerships).Name);
        var provenance = Assert.Single(result.Dataset.Areas).Provenance;
        Assert.Empty(provenance.Notes);
        Assert.Equal([new ProvenanceFinding(ProvenanceFindingCodes.ImportedWithoutProvenance, ["qgis.gpkg"])], provenance.Findings);
    }

    [Fact]
    public void An_unreadable_record_is_rejected_naming_the_field_where_reading_stopped_never_the_readers_English()
    {
        var square = SquareDataset.Square(21.0, 52.2, 21.01, 52.21);
        var result = ExchangeImport.FromRecords([
            new ExchangeRecord("p-1", "", square, Partnership.Replace("\"name\":", "\"name\":[1],\"x\":", StringComparison.Ordinal), null),
            new ExchangeRecord("p-2", "", square, "{", null),
            new ExchangeRecord("p-3", "", square, Partnership.Replace("\"p-1\"", "\"p-3\"", StringComparison.Ordinal), "null")], null, "test.csv", DateTimeOffset.UtcNow);

        var rejected = result.Notes.Where(n => n.Kind == ExchangeNoteKind.Rejected).Select(n => (n.PartnershipId, n.Rejection, n.Facts[0])).ToList();
        Assert.Equal([("p-1", ExchangeRejection.PartnershipUnreadable, "name"), ("p-2", ExchangeRejection.PartnershipUnreadable, ""),
            ("p-3", ExchangeRejection.ProvenanceUnreadable, "")], rejected);
    }
}
