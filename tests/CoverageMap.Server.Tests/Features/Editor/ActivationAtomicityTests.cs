using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoverageMap.Data.Store;
using CoverageMap.Server.Tests.Infrastructure;
using static CoverageMap.Server.Tests.Features.Editor.EditorRequests;

namespace CoverageMap.Server.Tests.Features.Editor;

/// <summary>Lookups while versions are activated and rolled back see the old or the new version, never a mix.</summary>
public sealed class ActivationAtomicityTests
{
    private const double ALat = 52.2755, ALon = 20.9735;   // inside Marymont-Kaskada as shipped
    private const double BLat = 52.2900, BLon = 20.9300;   // where the draft moves it (drawn by hand)

    [Fact]
    public async Task Batch_lookups_during_activations_answer_every_row_from_one_version()
    {
        using var server = new EditorServer();
        using var client = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit, ApiKeyScopes.Activate));
        var seeded = (await server.Store.ListVersionsAsync()).Single().Id;
        var boundary = Boundary(null, [Street("Mickiewicza"), Street("Trasy AK"), Street("Słowackiego"), Street("Potockiej")], geometry: Square(BLat, BLon, 0.002));
        var saved = await Post(client, "/api/editor/drafts", Draft("marymont-kaskada", boundary, "test atomowości"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = (await Json(saved)).GetProperty("versionId").GetInt64();

        var body = new JsonArray(new JsonObject { ["lat"] = ALat, ["lon"] = ALon }, new JsonObject { ["lat"] = BLat, ["lon"] = BLon });
        using var reader = server.CreateClient();
        async Task<(long Version, bool A, bool B)> Lookup()
        {
            var response = await reader.PostAsync("/api/lookup/batch", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            var version = long.Parse(response.Headers.GetValues("X-Dataset-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);
            var rows = (await Json(response)).EnumerateArray().ToList();
            bool In(int row) => rows[row].TryGetProperty("areas", out var areas) && areas.EnumerateArray().Any(a => a.GetProperty("partnershipId").GetString() == "marymont-kaskada");
            return (version, In(0), In(1));
        }
        Assert.Equal((seeded, true, false), await Lookup());

        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(long Version, bool A, bool B)>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) seen.Add(await Lookup());
        })).ToArray();
        for (int i = 0; i < 6; i++)
        {
            var target = i % 2 == 0 ? draft : seeded;
            Assert.Equal(HttpStatusCode.OK, (await Post(client, $"/api/editor/versions/{target}/activate", new JsonObject { ["reason"] = $"przełączenie {i}" })).StatusCode);
            var before = seen.Count;
            while (seen.Count < before + 3) await Task.Delay(5); // at least a few lookups between switches
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(seen.Count >= 18, $"only {seen.Count} lookups");
        Assert.Contains(seen, s => s.Version == draft);
        Assert.Contains(seen, s => s.Version == seeded);
        foreach (var (version, a, b) in seen)
            Assert.True(version == draft ? !a && b : a && !b, $"version {version}: A in area {a}, B in area {b}");
    }
}
