using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Exchange;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Store;
using CoverageMap.Data.Tests.Store;

namespace CoverageMap.Data.Tests;

/// <summary>A built area's provenance records codes and facts, no English notes, and they survive every way it is stored.</summary>
public sealed class ProvenanceFindingsRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-findings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A block of four streets around 52.27 N, 20.98 E with a 30 m gap between Beta and Gamma, built with a
    /// 50 m tolerance: the gap is bridged.</summary>
    private static Area Built()
    {
        var (perLon, perLat) = Geo.MetresPerDegree(52.27);
        NamedLine Line(string name, params (double E, double N)[] points) => new(name,
            Geo.Factory.CreateLineString([.. points.Select(p => new NetTopologySuite.Geometries.Coordinate(20.98 + p.E / perLon, 52.27 + p.N / perLat))]),
            "ulica", 5);
        var network = new StreetNetwork(
            [Line("Alfa", (0, 0), (400, 0)), Line("Beta", (400, 0), (400, 270)), Line("Gamma", (450, 300), (0, 300)), Line("Delta", (0, 300), (0, 0))],
            "synthetic (inline)", new DateOnly(2024, 5, 1), "test data");
        var boundary = new BoundaryDefinition("source", "Alfa, Beta, Gamma, Delta",
            [new BoundingStreet("Alfa"), new BoundingStreet("Beta"), new BoundingStreet("Gamma"), new BoundingStreet("Delta")], [], null);
        var result = AreaBuilder.Build("alfa", boundary, network, StreetNameMatcher.Instance, new AreaBuildOptions { GapToleranceMetres = 50 });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Area!;
    }

    [Fact]
    public async Task A_built_area_records_findings_not_notes_and_they_round_trip_through_geojson_the_store_and_an_exchange_file()
    {
        var area = Built();
        var findings = area.Provenance.Findings;
        Assert.Empty(area.Provenance.Notes);
        Assert.Equal(new ProvenanceFinding(ProvenanceFindingCodes.FacesFormed, ["1", "1", "2"]), findings[0]);
        var bridged = Assert.Single(findings, f => f.Code == BuildDiagnosticCodes.GapBridged);
        Assert.Equal(["Beta", "Gamma", "50"], [bridged.Facts[0], bridged.Facts[2], bridged.Facts[3]]);
        Assert.InRange(double.Parse(bridged.Facts[1], System.Globalization.CultureInfo.InvariantCulture), 29.5, 30.5);

        using (var stream = new MemoryStream())
        {
            AreaGeoJson.Write(stream, [area], new Dictionary<string, string> { ["alfa"] = "Alfa" });
            Assert.Contains("\"findings\"", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
            stream.Position = 0;
            Assert.Equal(findings, Assert.Single(AreaGeoJson.Read(stream)).Provenance.Findings);
        }

        var dataset = new Dataset(0, "test", [TestDatasets.Partnership("alfa", "Alfa")], [area]);
        var store = new DatasetStore(StoreOptions.Sqlite(Path.Combine(_dir, "store.db")));
        await store.MigrateAsync();
        var report = await store.ImportAsync(dataset, "findings", dryRun: false);
        var loaded = await new DatasetStore(StoreOptions.Sqlite(Path.Combine(_dir, "store.db"))).LoadAsync(report.VersionId!.Value);
        Assert.Equal(findings, Assert.Single(loaded!.Areas).Provenance.Findings);

        var path = Path.Combine(_dir, "areas.gpkg");
        File.WriteAllBytes(path, DatasetExport.Document(dataset, ExchangeFormat.GeoPackage));
        var imported = ExchangeImport.Read(path, ExchangeFormat.GeoPackage, null, DateTimeOffset.UtcNow);
        Assert.Empty(imported.Notes);
        Assert.Equal(findings, Assert.Single(imported.Dataset.Areas).Provenance.Findings);
    }

    [Fact]
    public void A_provenance_without_findings_reads_as_none_and_its_old_notes_still_read()
    {
        const string json = """
            {"method":"polygonize-bounding-streets","basis":"source","network":"n","networkDate":null,"networkLicence":null,
             "streetsMatched":[],"supplements":[],"gapsBridged":[],"gapToleranceMetres":0,"estimatedAccuracyMetres":5,
             "approximate":false,"builtAt":"2025-01-01T00:00:00Z","notes":["1 face(s) of 1 kept; 0 dangling end(s) ignored."]}
            """;
        var provenance = System.Text.Json.JsonSerializer.Deserialize<AreaProvenance>(json, CoverageMap.Data.Registry.RegistryJson.Compact)!;
        Assert.Empty(provenance.Findings);
        Assert.Equal(["1 face(s) of 1 kept; 0 dangling end(s) ignored."], provenance.Notes);
    }
}
