using System.Net;
using CoverageMap.Server.Tests.Infrastructure;
using static CoverageMap.Server.Tests.Properties.ProblemAssertions;
using ExchangeImport = CoverageMap.Data.Exchange.ExchangeImport;
using JsonSerializer = System.Text.Json.JsonSerializer;
using RegistryJson = CoverageMap.Data.Registry.RegistryJson;

namespace CoverageMap.Server.Tests.Features;

/// <summary>Issue 12, item 6: <c>GET /api/areas?format=</c> exports the version as a file that reads back whole; a
/// bad format or combination is a 400 problem, Polish first.</summary>
public sealed class AreaExportTests
{
    private static readonly (string Format, string MediaType, string Extension)[] Expected =
    [
        ("geojson", "application/geo+json", ".geojson"), ("gpkg", "application/geopackage+sqlite3", ".gpkg"), ("shp", "application/zip", ".zip"),
        ("kml", "application/vnd.google-earth.kml+xml", ".kml"), ("csv", "text/csv", ".csv"),
    ];

    public static TheoryData<string> Formats => [.. Expected.Select(e => e.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_export_is_a_file_of_the_version_that_reads_back_with_every_attribute(string format)
    {
        var (_, mediaType, extension) = Expected.Single(e => e.Format == format);
        var dataset = SquareDataset.Create(version: 7);
        using var factory = new CoverageMapFactory(dataset);
        using var client = factory.Client();
        var response = await client.GetAsync($"/api/areas?format={format}&version=7");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("coveragemap-v7" + extension, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("7", response.Headers.GetValues("X-Dataset-Version").Single());

        var path = Path.Combine(Path.GetTempPath(), "coveragemap-export-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            var imported = ExchangeImport.Read(path, null, null, DateTimeOffset.UtcNow);
            Assert.Empty(imported.Notes);
            string Json<T>(T value) => JsonSerializer.Serialize(value, RegistryJson.Compact);
            Assert.Equal(dataset.Partnerships.Select(Json), imported.Dataset.Partnerships.Select(Json));
            Assert.Equal(dataset.Areas.Select(a => Json(a.Provenance)), imported.Dataset.Areas.Select(a => Json(a.Provenance)));
            Assert.All(dataset.Areas.Zip(imported.Dataset.Areas), pair =>
                Assert.True(pair.First.Geometry.Normalized().EqualsExact(pair.Second.Geometry.Normalized(), 1e-7), pair.First.PartnershipId));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("format=xml", 400, "format", "Pole „format” musi mieć jedną z wartości: geojson, gpkg, shp, kml, csv; otrzymano „xml”.")]
    [InlineData("format=gpkg&simplify=10", 400, "simplify", "Pole „simplify” upraszcza tylko mapę GeoJSON")]
    // A bad or unknown version or date on /api/areas: VersionLookupTests, beside the lookups.
    public async Task A_bad_format_or_combination_is_a_problem_naming_the_field(string query, int status, string field, string message)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        await AssertFieldProblem(await factory.Client().GetAsync("/api/areas?" + query), status, field, message);
    }

    [Fact]
    public async Task The_format_problem_is_in_english_on_request()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var client = factory.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var doc = System.Text.Json.JsonDocument.Parse(await (await client.GetAsync("/api/areas?format=dxf")).Content.ReadAsStringAsync());
        var problem = doc.RootElement;
        Assert.Equal("The field 'format' must be one of: geojson, gpkg, shp, kml, csv; got 'dxf'.", problem.GetProperty("detail").GetString());
    }
}
