using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoverageMap.Data.Store;
using CoverageMap.Server.Tests.Infrastructure;
using static CoverageMap.Server.Tests.Features.Editor.EditorRequests;

namespace CoverageMap.Server.Tests.Features.Editor;

/// <summary>The editor's API over the shipped data: reading the seed sentences, building with gaps, supplements, a gap
/// tolerance and a polygon adjusted by hand, validation of the facts, drafts, the diff, activation, rollback and the
/// audit log.</summary>
public sealed class EditorJourneyApiTests
{
    private static JsonObject Streets(params string[] names) => Boundary(null, names.Select(n => Street(n)));

    [Fact]
    public async Task The_seed_sentence_is_read_with_matches_and_confidences()
    {
        using var server = new EditorServer();
        using var client = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit));
        var response = await Post(client, "/api/editor/parse", new JsonObject
        {
            ["description"] = "Zasięgiem działania obejmuje rejon w obszarze ulic: Mickiewicza, Trasy AK, Słowackiego, Potockiej, w tym Park Kaskada.",
            ["district"] = "Żoliborz",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        var streets = body.GetProperty("streets").EnumerateArray().ToList();
        Assert.Equal(["Mickiewicza", "Trasy AK", "Słowackiego", "Potockiej"], streets.Select(s => s.GetProperty("written").GetString()));
        Assert.Equal(["exact", "abbreviation", "exact", "inflected"], streets.Select(s => s.GetProperty("confidence").GetString()));
        Assert.Equal("Aleja Armii Krajowej", streets[1].GetProperty("street").GetProperty("name").GetString());
        Assert.Equal("Park Kaskada", body.GetProperty("extras")[0].GetProperty("written").GetString());
    }

    [Fact]
    public async Task An_open_ring_shows_the_gap_where_it_is_and_a_supplement_or_a_tolerance_closes_it()
    {
        using var server = new EditorServer();
        using var client = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit));

        var openResponse = await Post(client, "/api/editor/build", Build("moje-wierzbno", Boundary(WierzbnoWithoutEast, [Street("Racławicka"), Street("Woronicza"), Street("Wołoska")])));
        Assert.True(HttpStatusCode.OK == openResponse.StatusCode, await openResponse.Content.ReadAsStringAsync());
        var open = await Json(openResponse);
        Assert.False(open.GetProperty("succeeded").GetBoolean());
        var gap = open.GetProperty("gaps").EnumerateArray().Single(g => !g.GetProperty("bridged").GetBoolean());
        Assert.InRange(gap.GetProperty("lengthMetres").GetDouble(), 600, 800);
        Assert.InRange(gap.GetProperty("from").GetProperty("lat").GetDouble(), 52.18, 52.21);
        Assert.InRange(gap.GetProperty("to").GetProperty("lon").GetDouble(), 20.99, 21.03);
        var message = open.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "ring-open").GetProperty("message").GetString()!;
        Assert.StartsWith("Przerwa ", message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, open.GetProperty("area").ValueKind);

        var supplemented = await Json(await Post(client, "/api/editor/build", Build("moje-wierzbno",
            Boundary(WierzbnoWithoutEast, [Street("Racławicka"), Street("Woronicza"), Street("Wołoska"), Street("Puławska", "Biegnie wzdłuż skarpy, wschodniej granicy MSI")]))));
        Assert.True(supplemented.GetProperty("succeeded").GetBoolean());
        Assert.Equal("Polygon", supplemented.GetProperty("area").GetProperty("type").GetString());
        Assert.InRange(supplemented.GetProperty("hectares").GetDouble(), 100, 400);
        Assert.Contains(supplemented.GetProperty("streets").EnumerateArray(), s => s.GetProperty("name").GetString() == "Puławska" && !s.GetProperty("inSource").GetBoolean()
            && s.GetProperty("lines").GetProperty("type").GetString() == "MultiLineString");

        // A tolerance as long as the gap lets the builder bridge it; what stops the area then is said in its own words
        // (here the bridge leaves Racławicka off the outline: Puławska is the real east edge).
        var tolerant = await Json(await Post(client, "/api/editor/build", Build("moje-wierzbno",
            Boundary(WierzbnoWithoutEast, [Street("Racławicka"), Street("Woronicza"), Street("Wołoska")], gap: 800))));
        var codes = tolerant.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("ring-open", codes);
        Assert.Contains("street-not-on-outline", codes);
        var tooShort = await Json(await Post(client, "/api/editor/build", Build("moje-wierzbno",
            Boundary(WierzbnoWithoutEast, [Street("Racławicka"), Street("Woronicza"), Street("Wołoska")], gap: 100))));
        Assert.Contains(tooShort.GetProperty("messages").EnumerateArray(), m => m.GetProperty("code").GetString() == "ring-open");
    }

    [Fact]
    public async Task A_street_the_network_lacks_is_reported_with_where_the_register_places_it_when_it_can()
    {
        using var server = new EditorServer();
        using var client = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit), "en");
        var body = await Json(await Post(client, "/api/editor/build", Build("sady-zoliborskie", Streets("Włościańska", "Słowackiego", "Popiełuszki", "Marszałkowska"))));
        Assert.False(body.GetProperty("succeeded").GetBoolean());
        var unmatched = body.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "street-unmatched");
        Assert.Equal("Marszałkowska", unmatched.GetProperty("street").GetString());
        Assert.StartsWith("The street 'Marszałkowska' is not in the street network used", unmatched.GetProperty("message").GetString(), StringComparison.Ordinal);
        var street = body.GetProperty("streets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Marszałkowska");
        Assert.Equal(JsonValueKind.Null, street.GetProperty("lines").ValueKind);
    }

    [Fact]
    public async Task Invalid_facts_and_boundaries_are_400_problems_naming_the_field_and_nothing_is_saved()
    {
        using var server = new EditorServer();
        using var client = server.ClientWith(await server.KeyAsync("Anna", ApiKeyScopes.Edit));
        var streets = Streets("Włościańską", "Słowackiego", "Popiełuszki", "Broniewskiego");
        var cases = new (JsonObject Body, string Field)[]
        {
            (Draft("sady-zoliborskie", streets, "", null), "reason"),
            (Draft("sady-zoliborskie", streets, "x", new JsonObject { ["name"] = "", ["fullName"] = "Partnerstwo" }), "facts.name"),
            (Draft("sady-zoliborskie", streets, "x", new JsonObject { ["name"] = "Sady", ["fullName"] = "P", ["contact"] = new JsonObject { ["organisation"] = "OPS", ["postcode"] = "01627" } }), "facts.contact.postcode"),
            (Draft("sady-zoliborskie", streets, "x", new JsonObject { ["name"] = "Sady", ["fullName"] = "P", ["contact"] = new JsonObject { ["organisation"] = "OPS", ["email"] = "ops.zoliborz" } }), "facts.contact.email"),
            (Draft("sady-zoliborskie", streets, "x", new JsonObject { ["name"] = "Sady", ["fullName"] = "P", ["formerNames"] = new JsonArray(new JsonObject { ["name"] = "Stara", ["from"] = 2015, ["to"] = 2011 }) }), "facts.formerNames[0].to"),
            (Draft("sady-zoliborskie", Boundary(null, [Street("Włościańską"), Street("Krasińskiego", "")]), "x"), "boundary.streets[1].why"),
            (Draft("sady-zoliborskie", Boundary(null, []), "x"), "boundary.streets"),
            (Draft("sady-zoliborskie", Boundary(null, [Street("Włościańską")], gap: -5), "x"), "boundary.gapToleranceMetres"),
            (Draft("sady-zoliborskie", Boundary(null, [Street("Włościańską")], geometry: Square(50.0, 19.9, 0.01)), "x"), "boundary.geometry"),
            (Draft("sady-zoliborskie", Boundary(null, [Street("Włościańską")], geometry: new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(20.97, 52.27) }), "x"), "boundary.geometry"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await Post(client, "/api/editor/drafts", body);
            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{field}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var problem = await Json(response);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named: {problem}");
        }
        var malformed = await client.PostAsync("/api/editor/drafts", new StringContent("{\"partnershipId\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(client, "/api/editor/drafts", Draft("nie-ma-takiego", streets, "x"))).StatusCode);
        Assert.Single(await server.Store.ListVersionsAsync());
    }

    [Fact]
    public async Task Draft_diff_activation_rollback_and_the_audit_log_over_the_bundled_addresses()
    {
        using var server = new EditorServer(addressPoints: true);
        using var editor = server.ClientWith(await server.KeyAsync("Anna Kowalska, OPS Żoliborz", ApiKeyScopes.Edit));
        using var approver = server.ClientWith(await server.KeyAsync("Jan Nowak, Urząd Dzielnicy", ApiKeyScopes.Activate));
        var seeded = (await server.Store.ListVersionsAsync()).Single().Id;

        // Marymont-Kaskada with Krasińskiego as its south edge instead of Słowackiego: the area grows south.
        var boundary = Boundary("Zasięgiem działania obejmuje rejon w obszarze ulic: Mickiewicza, Trasy AK, Krasińskiego, Potockiej.",
            [Street("Mickiewicza"), Street("Trasy AK"), Street("Słowackiego"), Street("Potockiej")]);
        var facts = new JsonObject
        {
            ["name"] = "Marymont-Kaskada", ["fullName"] = "Partnerstwo „Marymont-Kaskada”",
            ["members"] = new JsonArray("Ośrodek Pomocy Społecznej Dzielnicy Żoliborz", "Klub Sąsiedzki Kaskada"),
            ["contact"] = new JsonObject { ["organisation"] = "OPS Żoliborz", ["street"] = "ul. Słowackiego 6/8", ["postcode"] = "01-627", ["city"] = "Warszawa", ["email"] = "ops@example.pl" },
        };
        // The polygon adjusted by hand: the built one plus a strip south of it (as a person would drag a vertex).
        var built = await Json(await Post(editor, "/api/editor/build", Build("marymont-kaskada", boundary)));
        Assert.True(built.GetProperty("succeeded").GetBoolean());
        var adjusted = JsonNode.Parse(built.GetProperty("area").GetRawText())!;
        var ring = adjusted["coordinates"]![0]!.AsArray();
        double south = ring.Min(p => p![1]!.GetValue<double>());
        foreach (var p in ring) if (p![1]!.GetValue<double>() == south) p[1] = south - 0.002;
        boundary["geometry"] = adjusted;

        var saved = await Post(editor, "/api/editor/drafts", Draft("marymont-kaskada", boundary, "Granica południowa przesunięta po konsultacjach", facts));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = (await Json(saved)).GetProperty("versionId").GetInt64();
        Assert.Equal(seeded, await server.Store.GetActiveVersionIdAsync());   // a draft is inactive

        var diff = await Json(await server.CreateClient().GetAsync($"/api/editor/diff?from={seeded}&to={draft}"));
        var area = diff.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("partnershipId").GetString() == "marymont-kaskada");
        Assert.Equal("changed", area.GetProperty("kind").GetString());
        Assert.True(area.GetProperty("factsChanged").GetBoolean());
        Assert.True(area.GetProperty("gainedHectares").GetDouble() > 1);
        Assert.NotEqual(JsonValueKind.Null, area.GetProperty("gained").ValueKind);
        Assert.True(diff.GetProperty("addressesCompared").GetInt32() > 1000);
        var moved = diff.GetProperty("addressesMoved").GetInt32();
        Assert.True(moved > 0, "no address moves");
        var moves = diff.GetProperty("moves").EnumerateArray().ToList();
        Assert.Equal(Math.Min(moved, 1000), moves.Count);
        Assert.Contains(moves, m => m.GetProperty("after").EnumerateArray().Any(n => n.GetString() == "Marymont-Kaskada"));
        Assert.Equal(moved, diff.GetProperty("movesByChange").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));

        // An address that moves is answered by the old partnership now and by the new one after activation.
        var probe = moves.First(m => m.GetProperty("after").EnumerateArray().Any(n => n.GetString() == "Marymont-Kaskada"));
        string Point() => $"/api/lookup?lat={probe.GetProperty("lat").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}&lon={probe.GetProperty("lon").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        async Task<string[]> Answer() => [.. (await Json(await server.CreateClient().GetAsync(Point()))).GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("partnershipId").GetString()!)];
        Assert.DoesNotContain("marymont-kaskada", await Answer());

        Assert.Equal(HttpStatusCode.Forbidden, (await Post(editor, $"/api/editor/versions/{draft}/activate", new JsonObject { ["reason"] = "x" })).StatusCode);
        var activated = await Json(await Post(approver, $"/api/editor/versions/{draft}/activate", new JsonObject { ["reason"] = "Zatwierdzone przez zarząd dzielnicy" }));
        Assert.Equal(("activated", seeded), (activated.GetProperty("action").GetString(), activated.GetProperty("previous").GetInt64()));
        Assert.Contains("marymont-kaskada", await Answer());
        var served = (await server.CreateClient().GetFromJsonAsync<JsonElement>("/api/partnerships/marymont-kaskada"));
        Assert.Contains("Klub Sąsiedzki Kaskada", served.GetProperty("members").EnumerateArray().Select(m => m.GetString()));

        var rolled = await Json(await Post(approver, $"/api/editor/versions/{seeded}/activate", new JsonObject { ["reason"] = "Wycofanie do czasu uchwały" }));
        Assert.Equal("rolled-back", rolled.GetProperty("action").GetString());
        Assert.DoesNotContain("marymont-kaskada", await Answer());
        Assert.Equal(HttpStatusCode.NotFound, (await Post(approver, "/api/editor/versions/999/activate", new JsonObject { ["reason"] = "x" })).StatusCode);

        var audit = (await Json(await approver.GetAsync("/api/editor/audit"))).EnumerateArray().Where(a => a.GetProperty("actor").GetString() is not ("cli" or "seed")).ToList();
        Assert.Equal(["rolled-back", "activated", "draft-saved"], audit.Select(a => a.GetProperty("action").GetString()));
        Assert.Equal(["Jan Nowak, Urząd Dzielnicy", "Jan Nowak, Urząd Dzielnicy", "Anna Kowalska, OPS Żoliborz"], audit.Select(a => a.GetProperty("actor").GetString()));
        Assert.Equal("Granica południowa przesunięta po konsultacjach", audit[2].GetProperty("reason").GetString());
        Assert.Equal(draft, audit[2].GetProperty("versionId").GetInt64());
        var versions = (await Json(await editor.GetAsync("/api/editor/versions"))).EnumerateArray().ToList();
        Assert.Equal("Anna Kowalska, OPS Żoliborz", versions.Single(v => v.GetProperty("id").GetInt64() == draft).GetProperty("savedBy").GetString());
    }
}
