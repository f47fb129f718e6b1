using System.Net;
using System.Text.Json;
using CoverageMap.Server.Tests.Browser;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// <c>GET /api/streets</c> and <c>GET /api/streets/{id}/coverage</c> over the real street register from
/// <c>shared/geodata</c>, the committed skeleton <c>geodata/streets-skeleton-2026-12.geojson</c> and the real areas of
/// <c>geodata/areas.geojson</c> built from it.
/// </summary>
public class StreetTests
{
    private static CoverageMapFactory Factory() => new(BrowserDataset.Create(), new Dictionary<string, string?>
    {
        ["CoverageMap:StreetNetworkPath"] = SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson"),
        ["CoverageMap:StreetRegister:StreetsTxt"] = SharedData.Path("geodata", "sources", "warsaw-streets", "streets.txt"),
    });

    private static async Task<JsonElement> Suggest(HttpClient client, string q, int? limit = null)
    {
        var response = await client.GetAsync("/api/streets?q=" + Uri.EscapeDataString(q) + (limit is { } l ? "&limit=" + l : ""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    private static string[] Districts(JsonElement street) => street.GetProperty("districts").EnumerateArray().Select(d => d.GetString()!).ToArray();

    [Fact]
    public async Task A_prefix_without_diacritics_finds_the_official_name_with_districts_and_a_point()
    {
        using var factory = Factory();
        var client = factory.Client();

        var response = await client.GetAsync("/api/streets?q=zajaczk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Header("Cache-Control"));
        var first = (await response.Json())[0];
        Assert.Equal("ulica Generała Józefa Zajączka", first.GetProperty("name").GetString());
        Assert.Equal("Generała Józefa Zajączka", first.GetProperty("fullName").GetString());
        Assert.Equal("ulica", first.GetProperty("type").GetString());
        Assert.Equal(["Żoliborz"], Districts(first));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("shortName").GetString()));
        // The skeleton's Zajączka runs between 52.259 and 52.263 N around 20.99 E: its middle is there.
        var point = first.GetProperty("point");
        Assert.InRange(point.GetProperty("lat").GetDouble(), 52.258, 52.264);
        Assert.InRange(point.GetProperty("lon").GetDouble(), 20.98, 21.00);
    }

    [Fact]
    public async Task A_typed_street_type_narrows_the_suggestions()
    {
        using var factory = Factory();

        var items = await Suggest(factory.Client(), "pl. wil");

        Assert.True(items.GetArrayLength() >= 1);
        Assert.All(items.EnumerateArray(), s => Assert.Equal("plac", s.GetProperty("type").GetString()));
        Assert.Equal("plac Thomasa Woodrowa Wilsona", items[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Streets_of_one_name_in_two_districts_are_listed_apart_and_get_no_point_the_network_cannot_attribute()
    {
        using var factory = Factory();

        var items = await Suggest(factory.Client(), "mick");

        var mickiewicza = items.EnumerateArray().Where(s => s.GetProperty("fullName").GetString() == "Adama Mickiewicza").ToList();
        Assert.Equal(2, mickiewicza.Count);
        Assert.Contains(mickiewicza, s => Districts(s).Contains("Żoliborz"));
        Assert.Contains(mickiewicza, s => Districts(s).SequenceEqual(["Wesoła"]));
        Assert.NotEqual(mickiewicza[0].GetProperty("id").GetString(), mickiewicza[1].GetProperty("id").GetString());
        Assert.All(mickiewicza, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("point").ValueKind));
    }

    [Fact]
    public async Task The_limit_caps_the_list()
    {
        using var factory = Factory();
        var client = factory.Client();

        Assert.Equal(1, (await Suggest(client, "mick", 1)).GetArrayLength());
        Assert.Equal(10, (await Suggest(client, "a")).GetArrayLength());
        Assert.Equal(50, (await Suggest(client, "a", 50)).GetArrayLength());
    }

    [Theory]
    [InlineData("", null, "q", "Brak wartości pola „q”")]
    [InlineData("%20%20", null, "q", "Brak wartości pola „q”")]
    [InlineData("mick", "0", "limit", "spoza zakresu 1…50")]
    [InlineData("mick", "51", "limit", "spoza zakresu 1…50")]
    [InlineData("mick", "dziesięć", "limit", "liczby całkowitej")]
    public async Task Invalid_input_is_a_problem_naming_the_field(string q, string? limit, string field, string message)
    {
        using var factory = Factory();

        var response = await factory.Client().GetAsync("/api/streets?q=" + q + (limit is null ? "" : "&limit=" + Uri.EscapeDataString(limit)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal("Nieprawidłowe dane wejściowe", json.GetProperty("title").GetString());
        Assert.Equal([field], json.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains(message, json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_missing_q_and_a_too_long_q_are_problems_in_english_when_asked()
    {
        using var factory = Factory();
        var client = factory.Client("en");

        var missing = await (await client.GetAsync("/api/streets")).Json();
        var tooLong = await client.GetAsync("/api/streets?q=" + new string('a', 101));

        Assert.Equal("Invalid input", missing.GetProperty("title").GetString());
        Assert.Equal("The field 'q' is missing or empty.", missing.GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("The field 'q' is too long: 101 characters, at most 100 allowed.", (await tooLong.Json()).GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/streets?q=" + new string('a', 100))).StatusCode);
    }

    private static async Task<string> IdOf(HttpClient client, string q, string fullName) =>
        (await Suggest(client, q)).EnumerateArray().First(s => s.GetProperty("fullName").GetString() == fullName).GetProperty("id").GetString()!;

    [Fact]
    public async Task Coverage_of_a_street_on_an_areas_edge_names_the_area_with_lengths_and_flags_the_border()
    {
        using var factory = Factory();
        var client = factory.Client();
        var id = await IdOf(client, "wolosk", "Wołoska");

        var response = await client.GetAsync($"/api/streets/{Uri.EscapeDataString(id)}/coverage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal("ulica Wołoska", json.GetProperty("name").GetString());
        Assert.True(json.GetProperty("known").GetBoolean());
        Assert.InRange(json.GetProperty("lengthMetres").GetDouble(), 1600, 1950); // the skeleton's Wołoska is about 1.8 km
        Assert.True(json.GetProperty("borderStreet").GetBoolean());
        var area = Assert.Single(json.GetProperty("areas").EnumerateArray());
        Assert.Equal("moje-wierzbno", area.GetProperty("partnershipId").GetString());
        Assert.Equal("Moje Wierzbno", area.GetProperty("name").GetString());
        Assert.Equal("alongBorder", area.GetProperty("relation").GetString());
        Assert.True(area.GetProperty("lengthAlongBorderMetres").GetDouble() > 500);
        Assert.Contains("wzdłuż granicy", json.GetProperty("message").GetString());
        Assert.Equal(1, json.GetProperty("datasetVersion").GetInt64());
    }

    [Fact]
    public async Task Coverage_of_a_street_between_several_areas_gives_each_longest_first()
    {
        using var factory = Factory();
        var client = factory.Client("en");
        var id = await IdOf(client, "krasinsk", "Zygmunta Krasińskiego");

        var json = await (await client.GetAsync($"/api/streets/{Uri.EscapeDataString(id)}/coverage")).Json();

        Assert.True(json.GetProperty("known").GetBoolean());
        Assert.True(json.GetProperty("borderStreet").GetBoolean());
        var areas = json.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(["dla-zatrasia-i-rudawki", "sady-zoliborskie", "zoliborz-oficerski"], areas.Select(a => a.GetProperty("partnershipId").GetString()!).Order().ToArray());
        // Krasińskiego bounds Zatrasie and Żoliborz Oficerski; since the 2026-12 rebuild (issue 13) it no longer bounds
        // Sady Żoliborskie but crosses its south-east corner, between Popiełuszki and Broniewskiego.
        var relation = areas.ToDictionary(a => a.GetProperty("partnershipId").GetString()!, a => a.GetProperty("relation").GetString());
        Assert.Equal("alongBorder", relation["dla-zatrasia-i-rudawki"]);
        Assert.Equal("alongBorder", relation["zoliborz-oficerski"]);
        Assert.Equal("inside", relation["sady-zoliborskie"]);
        Assert.True(areas.Single(a => a.GetProperty("partnershipId").GetString() == "sady-zoliborskie").GetProperty("lengthInsideMetres").GetDouble() > 100);
        var lengths = areas.Select(a => a.GetProperty("lengthInsideMetres").GetDouble() + a.GetProperty("lengthAlongBorderMetres").GetDouble()).ToList();
        Assert.Equal(lengths.OrderDescending(), lengths);
        Assert.StartsWith("ulica Zygmunta Krasińskiego runs along an area's border (", json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Coverage_of_a_street_partly_inside_an_area_gives_both_lengths_and_a_street_outside_every_area_gives_none()
    {
        using var factory = Factory();
        var client = factory.Client();
        var inside = await IdOf(client, "mieroslawsk", "Ludwika Mierosławskiego");
        var outside = await IdOf(client, "dolna", "Dolna");

        var partly = await (await client.GetAsync($"/api/streets/{Uri.EscapeDataString(inside)}/coverage")).Json();
        var none = await (await client.GetAsync($"/api/streets/{Uri.EscapeDataString(outside)}/coverage")).Json();

        var area = Assert.Single(partly.GetProperty("areas").EnumerateArray());
        Assert.Equal("zoliborz-oficerski", area.GetProperty("partnershipId").GetString());
        Assert.True(area.GetProperty("lengthInsideMetres").GetDouble() > 100);
        Assert.True(area.GetProperty("lengthAlongBorderMetres").GetDouble() > 100);
        Assert.Equal("alongBorder", area.GetProperty("relation").GetString()); // part of it runs along the border
        Assert.True(none.GetProperty("known").GetBoolean());
        Assert.Empty(none.GetProperty("areas").EnumerateArray());
        Assert.Equal("ulica Dolna nie przebiega przez obszar żadnego partnerstwa.", none.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("kaskadow", "Kaskadowa", "pl", "Nie wiemy, którędy biegnie ulica Kaskadowa: sieć ulic serwera jej nie zawiera")]
    [InlineData("kaskadow", "Kaskadowa", "en", "We do not know where ulica Kaskadowa runs: the server's street network lacks it")]
    [InlineData("mick", "Adama Mickiewicza", "en", "We do not know where ulica Adama Mickiewicza runs: 2 Warsaw streets share its name")]
    public async Task A_street_the_network_cannot_place_is_known_false_with_a_message_not_a_404(string q, string fullName, string language, string message)
    {
        using var factory = Factory();
        var client = factory.Client(language);
        var id = await IdOf(client, q, fullName);

        var response = await client.GetAsync($"/api/streets/{Uri.EscapeDataString(id)}/coverage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.False(json.GetProperty("known").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("lengthMetres").ValueKind);
        Assert.Empty(json.GetProperty("areas").EnumerateArray());
        Assert.StartsWith(message, json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_street_id_is_a_404_problem()
    {
        using var factory = Factory();

        var response = await factory.Client().GetAsync("/api/streets/nie-ma-takiej/coverage");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal("Nie znaleziono", json.GetProperty("title").GetString());
        Assert.Contains("„nie-ma-takiej”", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApi_documents_both_street_endpoints_with_their_answers()
    {
        using var factory = Factory();

        var doc = await (await factory.Client().GetAsync("/openapi/v1.json")).Json();

        var paths = doc.GetProperty("paths");
        var suggest = paths.GetProperty("/api/streets").GetProperty("get");
        var parameters = suggest.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["q", "limit"], parameters.Keys);
        Assert.Contains("diacritics optional", parameters["q"].GetProperty("description").GetString());
        Assert.Contains("1–50", parameters["limit"].GetProperty("description").GetString());
        Assert.True(suggest.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(suggest.GetProperty("responses").TryGetProperty("400", out _));
        var coverage = paths.GetProperty("/api/streets/{id}/coverage").GetProperty("get");
        Assert.True(coverage.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(coverage.GetProperty("responses").TryGetProperty("404", out _));
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("StreetDto").GetProperty("properties").TryGetProperty("districts", out _));
        Assert.True(schemas.GetProperty("StreetCoverageResponse").GetProperty("properties").TryGetProperty("known", out _));
    }
}
