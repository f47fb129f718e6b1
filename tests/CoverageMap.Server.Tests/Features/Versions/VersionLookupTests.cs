using System.Globalization;
using System.Net;
using static CoverageMap.Server.Tests.Features.Editor.EditorRequests;
using System.Text.Json;
using System.Text.Json.Nodes;
using Encoding = System.Text.Encoding;
using CoverageMap.Data.Store;
using CoverageMap.Server.Features.Versions;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoverageMap.Server.Tests.Features.Versions;

/// <summary>
/// Issue 12, item 5: <c>GET /api/versions</c> and lookups that name a version (<c>?version=</c>) or a date
/// (<c>?date=</c>): the seeded version and a draft that moves Marymont-Kaskada, activated in turn; every answer says
/// which version answered; historic versions come from indexes built once and kept; every client mistake is a 400 or
/// 404 problem in Polish first.
/// </summary>
public sealed class VersionLookupTests
{
    private const double ALat = 52.2755, ALon = 20.9735;   // inside Marymont-Kaskada as shipped
    private const double BLat = 52.2900, BLon = 20.9300;   // where the draft moves it (drawn by hand)

    private static async Task<(EditorServer Server, HttpClient Editor, long Seeded, long Draft)> ServerWithDraftActivatedAsync()
    {
        var server = new EditorServer();
        var editor = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit, ApiKeyScopes.Activate));
        var seeded = (await server.Store.ListVersionsAsync()).Single().Id;
        var boundary = Boundary(null, [Street("Mickiewicza"), Street("Trasy AK"), Street("Słowackiego"), Street("Potockiej")], geometry: Square(BLat, BLon, 0.002));
        var saved = await Post(editor, "/api/editor/drafts", Draft("marymont-kaskada", boundary, "granica przesunięta na północ"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = (await Json(saved)).GetProperty("versionId").GetInt64();
        var activated = await Post(editor, $"/api/editor/versions/{draft}/activate", new JsonObject { ["reason"] = "zatwierdzone przez zarząd" });
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        return (server, editor, seeded, draft);
    }

    private static async Task<(long Version, bool Covered)> PointAsync(HttpClient client, double lat, double lon, string query = "")
    {
        var response = await client.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/lookup?lat={lat}&lon={lon}{query}"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await Json(response);
        return (body.GetProperty("datasetVersion").GetInt64(),
            body.GetProperty("areas").EnumerateArray().Any(a => a.GetProperty("partnershipId").GetString() == "marymont-kaskada"));
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Versions_list_who_made_and_activated_each_and_when_it_served()
    {
        var (server, editor, seeded, draft) = await ServerWithDraftActivatedAsync();
        using var _ = server;
        using var anonymous = server.CreateClient();   // a read: no key
        var response = await anonymous.GetAsync("/api/versions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var versions = (await Json(response)).EnumerateArray().ToList();

        Assert.Equal([draft, seeded], versions.Select(v => v.GetProperty("id").GetInt64()));
        var d = versions[0];
        Assert.True(d.GetProperty("isActive").GetBoolean());
        Assert.Equal("editor", d.GetProperty("origin").GetString());
        static (string?, string?) ByWhy(JsonElement e) => (e.GetProperty("by").GetString(), e.GetProperty("reason").GetString());
        Assert.Equal(("Anna", "granica przesunięta na północ"), ByWhy(d.GetProperty("created")));
        Assert.Equal(("Anna", "zatwierdzone przez zarząd"), ByWhy(d.GetProperty("activated")));
        var s = versions[1];
        Assert.False(s.GetProperty("isActive").GetBoolean());
        Assert.Equal("seed", s.GetProperty("activated").GetProperty("by").GetString());
        var seedPeriod = Assert.Single(s.GetProperty("served").EnumerateArray());
        var draftPeriod = Assert.Single(d.GetProperty("served").EnumerateArray());
        Assert.Equal(draftPeriod.GetProperty("from").GetDateTimeOffset(), seedPeriod.GetProperty("until").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, draftPeriod.GetProperty("until").ValueKind);
        editor.Dispose();
    }

    [Fact]
    public async Task A_lookup_answers_from_the_version_or_the_date_it_names_and_says_which_version_answered()
    {
        var (server, editor, seeded, draft) = await ServerWithDraftActivatedAsync();
        using var _ = server;
        using var client = server.CreateClient();
        var versions = (await Json(await client.GetAsync("/api/versions"))).EnumerateArray().ToList();
        var seedFrom = versions[1].GetProperty("served")[0].GetProperty("from").GetDateTimeOffset();
        var draftFrom = versions[0].GetProperty("served")[0].GetProperty("from").GetDateTimeOffset();
        var between = seedFrom + ((draftFrom - seedFrom) / 2);

        Assert.Equal((draft, false), await PointAsync(client, ALat, ALon));
        Assert.Equal((draft, true), await PointAsync(client, BLat, BLon));
        Assert.Equal((seeded, true), await PointAsync(client, ALat, ALon, $"&version={seeded}"));
        Assert.Equal((seeded, false), await PointAsync(client, BLat, BLon, $"&version={seeded}"));
        Assert.Equal((seeded, true), await PointAsync(client, ALat, ALon, "&date=" + Iso(between)));
        Assert.Equal((draft, true), await PointAsync(client, BLat, BLon, "&date=" + Iso(DateTimeOffset.UtcNow)));

        // The batch: every row from the one version asked for, named by the header.
        var body = new JsonArray(new JsonObject { ["lat"] = ALat, ["lon"] = ALon }, new JsonObject { ["lat"] = BLat, ["lon"] = BLon });
        var batch = await client.PostAsync($"/api/lookup/batch?version={seeded}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(seeded.ToString(CultureInfo.InvariantCulture), batch.Headers.GetValues("X-Dataset-Version").Single());
        var rows = (await Json(batch)).EnumerateArray().ToList();
        Assert.Equal("marymont-kaskada", rows[0].GetProperty("areas")[0].GetProperty("partnershipId").GetString());
        Assert.False(rows[1].TryGetProperty("areas", out var none) && none.GetArrayLength() > 0);

        // The export of the version that served then, not of the active one.
        var export = await client.GetAsync("/api/areas?format=csv&date=" + Iso(between));
        Assert.Equal(seeded.ToString(CultureInfo.InvariantCulture), export.Headers.GetValues("X-Dataset-Version").Single());
        editor.Dispose();
    }

    [Fact]
    public async Task A_historic_version_is_built_once_and_the_retired_active_version_is_kept_as_it_was()
    {
        var server = new EditorServer();
        using var _ = server;
        using var editor = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit, ApiKeyScopes.Activate));
        var versions = server.Services.GetRequiredService<VersionedAnswers>();
        var seededAnswers = versions.Active();
        var seeded = seededAnswers.Snapshot.Dataset.Version;
        var boundary = Boundary(null, [Street("Mickiewicza"), Street("Trasy AK"), Street("Słowackiego"), Street("Potockiej")], geometry: Square(BLat, BLon, 0.002));
        var draft = (await Json(await Post(editor, "/api/editor/drafts", Draft("marymont-kaskada", boundary, "próba")))).GetProperty("versionId").GetInt64();

        // A draft never active: built once, by the first request, then the same instance for every later one.
        var first = await versions.ForVersionAsync(draft, CancellationToken.None);
        var again = await versions.ForVersionAsync(draft, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.Null(await versions.ForVersionAsync(draft + 100, CancellationToken.None));

        // Activating the draft retires the seeded version's index and resolver into the cache: no rebuild.
        Assert.Equal(HttpStatusCode.OK, (await Post(editor, $"/api/editor/versions/{draft}/activate", new JsonObject { ["reason"] = "zmiana" })).StatusCode);
        Assert.Same(seededAnswers, await versions.ForVersionAsync(seeded, CancellationToken.None));
        Assert.Equal(draft, versions.Active().Snapshot.Dataset.Version);
    }

    [Fact]
    public async Task Lookups_naming_a_version_during_activations_always_answer_from_that_version_never_a_mix()
    {
        var (server, editor, seeded, draft) = await ServerWithDraftActivatedAsync();
        using var _ = server;
        using var reader = server.CreateClient();
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(long Asked, long Version, bool A, bool B)>();
        var readers = new[] { seeded, draft, seeded }.Select(asked => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var (va, a) = await PointAsync(reader, ALat, ALon, $"&version={asked}");
                var (vb, b) = await PointAsync(reader, BLat, BLon, $"&version={asked}");
                seen.Add((asked, va == vb ? va : -1, a, b));
            }
        })).ToArray();
        for (int i = 0; i < 6; i++)
        {
            var target = i % 2 == 0 ? seeded : draft;
            Assert.Equal(HttpStatusCode.OK, (await Post(editor, $"/api/editor/versions/{target}/activate", new JsonObject { ["reason"] = $"przełączenie {i}" })).StatusCode);
            var before = seen.Count;
            while (seen.Count < before + 3) await Task.Delay(5); // a few lookups between switches
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(seen.Count >= 18, $"only {seen.Count} lookups");
        foreach (var (asked, version, a, b) in seen)
        {
            Assert.Equal(asked, version);
            Assert.True(asked == draft ? !a && b : a && !b, $"version {asked}: A in area {a}, B in area {b}");
        }
        editor.Dispose();
    }

    [Theory]
    [InlineData("version=abc", 400, "version", "Pole „version” musi być numerem wersji danych")]
    [InlineData("version=0", 400, "version", "Pole „version” musi być numerem wersji danych")]
    [InlineData("version=-1", 400, "version", "Pole „version” musi być numerem wersji danych")]
    [InlineData("version=99999999999999999999999", 400, "version", "Pole „version” musi być numerem wersji danych")]
    [InlineData("version=9999", 404, "version", "Nie ma wersji danych nr 9999.")]
    [InlineData("date=jutro", 400, "date", "Pole „date” musi być datą RRRR-MM-DD")]
    [InlineData("date=2026-02-30", 400, "date", "Pole „date” musi być datą RRRR-MM-DD")]
    [InlineData("date=2026-01-01T25:00", 400, "date", "Pole „date” musi być datą RRRR-MM-DD")]
    [InlineData("date=2999-01-01", 400, "date", "Data „2999-01-01” jest w przyszłości")]
    [InlineData("date=2000-01-01", 404, "date", "2000-01-01: żadna wersja danych nie była jeszcze wtedy aktywna; pierwszą aktywowano ")]
    [InlineData("version=1&date=2026-01-01", 400, "version", "Podaj „version” albo „date”, nie oba naraz.")]
    public async Task A_bad_version_or_date_is_a_polish_problem_naming_the_field_on_every_lookup_and_export(string query, int status, string field, string message)
    {
        using var server = new EditorServer();
        using var client = server.CreateClient();
        var body = new StringContent("[{\"lat\":52.2755,\"lon\":20.9735}]", Encoding.UTF8, "application/json");
        foreach (var response in new[]
        {
            await client.GetAsync("/api/lookup?lat=52.2755&lon=20.9735&" + query),
            await client.GetAsync("/api/lookup?address=Mickiewicza%2020&" + query),
            await client.PostAsync("/api/lookup/batch?" + query, body),
            await client.GetAsync("/api/areas?format=csv&" + query),
        })
            await Properties.ProblemAssertions.AssertFieldProblem(response, status, field, message);
    }

    [Fact]
    public async Task The_problems_are_in_english_on_request()
    {
        using var server = new EditorServer();
        using var client = server.ClientWith(null, "en");
        var invalid = await Json(await client.GetAsync("/api/lookup?lat=52.2755&lon=20.9735&version=abc"));
        Assert.StartsWith("The field 'version' must be a dataset version number", invalid.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var missing = await Json(await client.GetAsync("/api/lookup?lat=52.2755&lon=20.9735&version=9999"));
        Assert.Equal("There is no dataset version 9999. /api/versions lists the versions.", missing.GetProperty("detail").GetString());
        Assert.Equal("Not found", missing.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("2026-01-01", "2025-12-31T23:00:00+00:00")]           // the start of the day, Warsaw time (CET)
    [InlineData("2026-07-01", "2026-06-30T22:00:00+00:00")]           // CEST
    [InlineData("2026-01-01T12:30", "2026-01-01T11:30:00+00:00")]     // no offset: Warsaw time
    [InlineData("2026-01-01T12:30:00Z", "2026-01-01T12:30:00+00:00")]
    [InlineData("2026-01-01T12:30:00+02:00", "2026-01-01T10:30:00+00:00")]
    public void A_date_means_the_start_of_that_day_in_warsaw_and_a_time_without_offset_is_warsaw_time(string given, string utc)
    {
        Assert.True(VersionSelection.TryInstant(given, out var instant));
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), instant);
    }
}
