using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;
using NetTopologySuite.Geometries;
using Npgsql;
using Xunit.Abstractions;

namespace CoverageMap.Data.Tests.Store;

/// <summary>
/// Issue 11, differential correctness: CoverageMap's in-memory <see cref="AreaIndex"/> and PostGIS's <c>ST_Covers</c>
/// (over the GiST-indexed <c>areas."Geometry"</c> of the same stored version) answer the same points with the same
/// areas. The only disagreements allowed are points within <see cref="Tolerance"/> degrees of a border (both rules
/// count the border as covered, but PostGIS and NTS may decide a point that close differently); each is listed.
/// </summary>
public sealed class PostgisDifferentialTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private const double Tolerance = 1e-9;
    private const int Seed = 20261211;
    private const int RandomPoints = 100_000;

    // Warsaw's bounding box (the city's administrative boundary, rounded outwards).
    private const double WarsawSouth = 52.09, WarsawNorth = 52.37, WarsawWest = 20.85, WarsawEast = 21.28;

    [Fact]
    public async Task Random_points_over_warsaw_border_vertices_and_every_bundled_address_point_get_the_same_areas_from_the_index_and_from_postgis()
    {
        var (dataset, versionId, cs) = await StoreBundledAreasAsync();
        var index = new AreaIndex(dataset);

        var random = RandomPointsOverWarsaw(dataset);
        var vertices = dataset.Areas.SelectMany(a => a.Geometry.Coordinates).Select(c => (Lat: c.Y, Lon: c.X)).Distinct().ToList();
        var midpoints = BorderMidpoints(dataset);
        var addresses = BundledAddressPoints();
        output.WriteLine($"seed {Seed}; areas {dataset.Areas.Count} of version {versionId}; tolerance {Tolerance:R}°");

        var failures = new List<string>();
        foreach (var (name, points) in new[] { ("random points over Warsaw", random), ("border vertices", vertices), ("border midpoints", midpoints), ("bundled address points", addresses) })
        {
            var fromPostgis = await CoveringAreasInPostgisAsync(cs, versionId, points);
            int covered = 0, onBorder = 0, near = 0, wrong = 0;
            for (var i = 0; i < points.Count; i++)
            {
                var (lat, lon) = points[i];
                var hit = index.Locate(lat, lon);
                var mine = hit.Areas.Select(a => a.PartnershipId).Order(StringComparer.Ordinal).ToList();
                if (mine.Count > 0) covered++;
                if (hit.OnBoundary) onBorder++;
                var theirs = fromPostgis[i];
                if (mine.SequenceEqual(theirs)) continue;
                var distance = DistanceToNearestBorder(dataset, lat, lon);
                var line = FormattableString.Invariant($"{name} #{i} ({lat:R}, {lon:R}): index [{string.Join(", ", mine)}], PostGIS [{string.Join(", ", theirs)}], {distance:E2}° from a border");
                output.WriteLine("  " + line);
                if (distance <= Tolerance) near++;
                else { wrong++; failures.Add(line); }
            }
            output.WriteLine($"{name}: {points.Count} points, {covered} covered by the index ({onBorder} on a border); disagreements: {near} within {Tolerance:R}° of a border, {wrong} beyond");
        }

        Assert.Equal(RandomPoints, random.Count);
        Assert.True(addresses.Count > 10_000, $"only {addresses.Count} bundled address points were read");
        Assert.Empty(failures);
    }

    /// <summary>The bundled geodata imported into a new PostGIS store and activated; the dataset as the store gives it back.</summary>
    private async Task<(Dataset Dataset, long Version, string ConnectionString)> StoreBundledAreasAsync()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var store = new DatasetStore(StoreOptions.Postgres(cs));
        await store.MigrateAsync();
        var report = await store.ImportAsync(new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset(), "geodata", dryRun: false);
        await store.ActivateAsync(report.VersionId!.Value);
        var dataset = await store.LoadActiveAsync() ?? throw new InvalidOperationException("No active version after activation.");
        return (dataset, report.VersionId.Value, cs);
    }

    /// <summary>Half over Warsaw's bounding box, half over the areas' joint envelope (where the answers change), seeded.</summary>
    private static List<(double Lat, double Lon)> RandomPointsOverWarsaw(Dataset dataset)
    {
        var rng = new Random(Seed);
        var env = new Envelope();
        foreach (var a in dataset.Areas) env.ExpandToInclude(a.Geometry.EnvelopeInternal);
        var points = new List<(double, double)>(RandomPoints);
        for (var i = 0; i < RandomPoints; i++)
        {
            points.Add(i % 2 == 0
                ? (WarsawSouth + rng.NextDouble() * (WarsawNorth - WarsawSouth), WarsawWest + rng.NextDouble() * (WarsawEast - WarsawWest))
                : (env.MinY + rng.NextDouble() * env.Height, env.MinX + rng.NextDouble() * env.Width));
        }
        return points;
    }

    /// <summary>The midpoint of every border segment: on the border in exact arithmetic, a rounding away from it in doubles.</summary>
    private static List<(double Lat, double Lon)> BorderMidpoints(Dataset dataset)
    {
        var points = new List<(double, double)>();
        foreach (var ring in dataset.Areas.SelectMany(a => a.Geometry.Boundary.Coordinates.Zip(a.Geometry.Boundary.Coordinates.Skip(1))))
        {
            if (!ring.First.Equals2D(ring.Second)) points.Add(((ring.First.Y + ring.Second.Y) / 2, (ring.First.X + ring.Second.X) / 2));
        }
        return points.Distinct().ToList();
    }

    /// <summary>Every point of <c>geodata/address-points/</c>, as the file gives it (longitude, latitude).</summary>
    private static List<(double Lat, double Lon)> BundledAddressPoints()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(new GeodataFolder(SharedData.RepoPath("geodata")).AddressPointsPath));
        return doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("geometry").GetProperty("coordinates"))
            .Select(c => (c[1].GetDouble(), c[0].GetDouble()))
            .ToList();
    }

    /// <summary>For each point, the ids of the stored areas of the version that <c>ST_Covers</c> it, in ordinal order: one query per 20,000 points.</summary>
    private static async Task<List<List<string>>> CoveringAreasInPostgisAsync(string cs, long versionId, List<(double Lat, double Lon)> points)
    {
        var result = points.Select(_ => new List<string>()).ToList();
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        foreach (var chunk in Enumerable.Range(0, points.Count).Chunk(20_000))
        {
            await using var cmd = new NpgsqlCommand(
                """
                SELECT p.i, a."PartnershipId"
                FROM unnest(@lons, @lats) WITH ORDINALITY AS p(lon, lat, i)
                JOIN areas a ON a."VersionId" = @version AND ST_Covers(a."Geometry", ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))
                """, conn);
            cmd.Parameters.AddWithValue("lons", chunk.Select(i => points[i].Lon).ToArray());
            cmd.Parameters.AddWithValue("lats", chunk.Select(i => points[i].Lat).ToArray());
            cmd.Parameters.AddWithValue("version", versionId);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) result[chunk[(int)reader.GetInt64(0) - 1]].Add(reader.GetString(1));
        }
        foreach (var ids in result) ids.Sort(StringComparer.Ordinal);
        return result;
    }

    private static double DistanceToNearestBorder(Dataset dataset, double lat, double lon)
    {
        var p = Geo.Factory.CreatePoint(new Coordinate(lon, lat));
        return dataset.Areas.Min(a => a.Geometry.Boundary.Distance(p));
    }
}
