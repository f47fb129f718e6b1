using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Data.Exchange;
using CoverageMap.Data.Registry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Exchange;

/// <summary>Issue 12, item 6: export → import keeps every geometry within 1e-7° and every attribute, in every format.</summary>
public sealed class ExchangeRoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public static TheoryData<ExchangeFormat> Formats => [.. Enum.GetValues<ExchangeFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Export_then_import_keeps_geometry_within_1e7_degrees_and_every_attribute(ExchangeFormat format)
    {
        var original = ExchangeDataset.Create();
        var path = _dir.File("areas" + ExchangeFormats.Extension(format));
        var written = DatasetExport.WriteFiles(original, format, path);
        Assert.All(written, f => Assert.True(File.Exists(f), f));

        var imported = ExchangeImport.Read(path, null, null, DateTimeOffset.UtcNow);
        AssertSame(original, imported);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_document_sent_over_http_reads_back_the_same(ExchangeFormat format)
    {
        var original = ExchangeDataset.Create();
        var path = _dir.File("sent" + ExchangeFormats.Extension(format, singleFile: true));
        File.WriteAllBytes(path, DatasetExport.Document(original, format));
        AssertSame(original, ExchangeImport.Read(path, format, null, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void A_shapefile_has_its_prj_and_cpg_and_splits_long_records_over_fields_of_254_bytes()
    {
        var path = _dir.File("areas.shp");
        DatasetExport.WriteFiles(ExchangeDataset.Create(), ExchangeFormat.Shapefile, path);
        Assert.Contains("WGS_1984", File.ReadAllText(Path.ChangeExtension(path, ".prj")), StringComparison.Ordinal);
        Assert.Equal("UTF-8", File.ReadAllText(Path.ChangeExtension(path, ".cpg")).Trim());

        var text = string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń, ", 60)) + "koniec";
        var parts = ShapefileExchange.Split(text);
        Assert.True(parts.Count > 1);
        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p) <= ShapefileExchange.FieldBytes && p.Trim() == p, $"'{p}'"));
    }

    private static void AssertSame(Dataset original, ExchangeImportResult imported)
    {
        Assert.Empty(imported.Notes);
        var dataset = imported.Dataset;
        Assert.Equal(original.Partnerships.Select(Json).Order(StringComparer.Ordinal), dataset.Partnerships.Select(Json).Order(StringComparer.Ordinal));
        Assert.Equal(original.Areas.Select(a => a.PartnershipId).Order(StringComparer.Ordinal), dataset.Areas.Select(a => a.PartnershipId).Order(StringComparer.Ordinal));
        foreach (var before in original.Areas)
        {
            var after = dataset.Areas.Single(a => a.PartnershipId == before.PartnershipId);
            Assert.Equal(Json(before.Provenance), Json(after.Provenance));
            Assert.Equal(before.Geometry.GeometryType, after.Geometry.GeometryType);
            var (x, y) = (before.Geometry.Copy(), after.Geometry.Copy());
            x.Normalize();
            y.Normalize();
            Assert.Equal(x.NumPoints, y.NumPoints);
            var worst = x.Coordinates.Zip(y.Coordinates, (a, b) => Math.Max(Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y))).Max();
            Assert.True(worst <= 1e-7, $"{before.PartnershipId}: a vertex moved {worst:E2}°");
            Assert.True(after.Geometry.IsValid);
            Assert.Equal(4326, after.Geometry.SRID);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, RegistryJson.Compact);

    public void Dispose() => _dir.Dispose();
}
