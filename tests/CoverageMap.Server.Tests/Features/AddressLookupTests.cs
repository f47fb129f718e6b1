using System.Net;
using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace CoverageMap.Server.Tests.Features;

/// <summary><c>GET /api/lookup?address=…</c> over <see cref="SquareDataset"/> (p-1 | p-2 | p-3, all in Żoliborz) and example data.</summary>
public class AddressLookupTests
{
    private static AddressLookupData Data()
    {
        static RegisteredStreet Street(string id, string name, string district) => new(id, "ulica", name, StreetRegister.DeriveShortName(name), [district], []);
        var register = new StreetRegister([
            Street("20593", "Juliusza Słowackiego", "Żoliborz"), Street("07220", "Graniczna", "Żoliborz"), Street("12996", "Marszałkowska", "Śródmieście"),
            Street("13249", "Adama Mickiewicza", "Żoliborz"), Street("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza", "Wesoła")]);
        HouseNumber.TryParse("10", out var ten);
        var gazetteer = new AddressGazetteer([
            new AddressPoint("20593", "Juliusza Słowackiego", "slowackiego", "10", ten, "01-627", 52.205, 21.015, AddressSources.Prg, "prg-1"),
            new AddressPoint("13249", "Adama Mickiewicza", "adama mickiewicza", "10", ten, "01-625", 52.205, 21.005, AddressSources.Prg, "prg-2")]);
        // Graniczna runs along the border of p-1 and p-2 (longitude 21.01).
        var network = new StreetNetwork([new NamedLine("Graniczna", Geo.Factory.CreateLineString([new Coordinate(21.01, 52.201), new Coordinate(21.01, 52.209)]))], "test");
        return new AddressLookupData(register, StreetRuleSet.Empty, gazetteer, network);
    }

    /// <summary>The squares with p-3 in Wesoła: both Mickiewicza streets are then in a district a partnership serves.</summary>
    private static Dataset WithWesola() => SquareDataset.Create().WithDistrict("p-3", "Wesoła");

    private static HttpClient Client(CoverageMapFactory factory, string? language = null)
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(Data()))).CreateClient();
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static string[] Relations(JsonElement areas) => areas.EnumerateArray().Select(a => a.GetProperty("relation").GetString()!).ToArray();

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(a => a.GetString()!).ToArray();

    [Fact]
    public async Task An_address_with_an_address_point_gets_its_partnership_and_the_basis()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(version: 7), TestSettings.BundledStreets());

        var response = await Client(factory).GetAsync("/api/lookup?address=" + Uri.EscapeDataString("ul. Słowackiego 10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.Equal("resolved", json.GetProperty("status").GetString());
        Assert.Equal("addressPoint", json.GetProperty("basis").GetString());
        Assert.Equal(["p-2"], json.GetProperty("areas").Ids());
        Assert.Equal("Partnerstwo P 2", json.GetProperty("areas")[0].GetProperty("name").GetString());
        Assert.Equal(["inside"], Relations(json.GetProperty("areas")));
        // The point lies hundreds of metres from every border: the ±25 m of an address point leaves no doubt.
        var certainty = json.GetProperty("certainty");
        Assert.Equal("high", certainty.GetProperty("level").GetString());
        Assert.Equal(25, certainty.GetProperty("metres").GetDouble());
        Assert.Equal("pewność wysoka (położenie ±25 m)", certainty.GetProperty("text").GetString());
        Assert.Equal("Juliusza Słowackiego 10: punkt adresowy budynku leży w obszarze partnerstwa Partnerstwo P 2.", json.GetProperty("message").GetString());
        Assert.Empty(json.GetProperty("settle").EnumerateArray());
        var street = json.GetProperty("street");
        Assert.Equal("20593", street.GetProperty("id").GetString());
        Assert.Equal("Juliusza Słowackiego", street.GetProperty("name").GetString());
        Assert.Equal(["Żoliborz"], Strings(street.GetProperty("districts")));
        Assert.Equal("10", json.GetProperty("houseNumber").GetString());
        Assert.Equal(52.205, json.GetProperty("point").GetProperty("lat").GetDouble());
        Assert.Equal(7, json.GetProperty("datasetVersion").GetInt64());
    }

    [Fact]
    public async Task The_answer_sentence_and_the_certainty_are_in_english_when_asked()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());

        var json = await (await Client(factory, "en").GetAsync("/api/lookup?address=" + Uri.EscapeDataString("Słowackiego 10"))).Json();

        Assert.Equal("Juliusza Słowackiego 10: the building's address point lies in the area of Partnerstwo P 2.", json.GetProperty("message").GetString());
        Assert.Equal("high certainty (position ±25 m)", json.GetProperty("certainty").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_border_street_gives_both_partnerships_and_says_so()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.BundledStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Graniczna%205")).Json();

        Assert.Equal("multiple", json.GetProperty("status").GetString());
        Assert.Equal("streetSide", json.GetProperty("basis").GetString());
        Assert.Equal("low", json.GetProperty("certainty").GetProperty("level").GetString());
        Assert.Equal(["p-1", "p-2"], json.GetProperty("areas").Ids().Order().ToArray());
        Assert.Equal(["alongBorder", "alongBorder"], Relations(json.GetProperty("areas")));
        Assert.Contains("pointOnMap", Strings(json.GetProperty("settle")));
        Assert.Contains("wzdłuż granicy", json.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("point").ValueKind);
    }

    [Fact]
    public async Task A_street_in_a_district_no_partnership_serves_is_no_partnership_by_the_street()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Marsza%C5%82kowska%201")).Json();

        Assert.Equal("noPartnership", json.GetProperty("status").GetString());
        Assert.Equal("street", json.GetProperty("basis").GetString());
        Assert.Empty(json.GetProperty("areas").EnumerateArray());
        Assert.False(json.GetProperty("outsideAlsoPossible").GetBoolean());
        Assert.Equal("Marszałkowska 1: ulica leży w dzielnicy Śródmieście, w której nie działa żadne z partnerstw.", json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_ambiguous_street_returns_alternatives_each_with_its_own_answer_and_no_partnership()
    {
        using var factory = new CoverageMapFactory(WithWesola());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Mickiewicza%2010")).Json();

        Assert.Equal("ambiguousStreet", json.GetProperty("status").GetString());
        Assert.Equal("none", json.GetProperty("basis").GetString());
        Assert.Equal("none", json.GetProperty("certainty").GetProperty("level").GetString());
        Assert.Empty(json.GetProperty("areas").EnumerateArray());
        Assert.False(json.GetProperty("assumedNamesake").GetBoolean());
        Assert.Equal(["district", "postcode"], Strings(json.GetProperty("settle")));
        var alternatives = json.GetProperty("alternatives").EnumerateArray().ToDictionary(a => a.GetProperty("districts")[0].GetString()!);
        Assert.Equal(["Wesoła", "Żoliborz"], alternatives.Keys.Order(StringComparer.Ordinal));
        // Żoliborz's Mickiewicza 10 has its address point in p-1; nothing places Wesoła's.
        var zoliborz = alternatives["Żoliborz"].GetProperty("answer");
        Assert.Equal("13249", alternatives["Żoliborz"].GetProperty("streetId").GetString());
        Assert.Equal("resolved", zoliborz.GetProperty("status").GetString());
        Assert.Equal("addressPoint", zoliborz.GetProperty("basis").GetString());
        Assert.Equal(["p-1"], zoliborz.GetProperty("areas").Ids());
        Assert.Contains("Partnerstwo P 1", zoliborz.GetProperty("message").GetString());
        var wesola = alternatives["Wesoła"].GetProperty("answer");
        Assert.Equal("noData", wesola.GetProperty("status").GetString());
        Assert.Empty(wesola.GetProperty("areas").EnumerateArray());
    }

    [Fact]
    public async Task A_name_shared_with_a_street_in_a_district_no_partnership_serves_assumes_the_served_one_and_says_so()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.BundledStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Mickiewicza%2010")).Json();

        Assert.Equal("resolved", json.GetProperty("status").GetString());
        Assert.Equal("addressPoint", json.GetProperty("basis").GetString());
        Assert.Equal(["p-1"], json.GetProperty("areas").Ids());
        Assert.True(json.GetProperty("assumedNamesake").GetBoolean());
        Assert.Equal("13249", json.GetProperty("street").GetProperty("id").GetString());
        var other = Assert.Single(json.GetProperty("alternatives").EnumerateArray());
        Assert.Equal("ulica-adama-mickiewicza-wesola", other.GetProperty("streetId").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("answer").ValueKind);
        Assert.Contains("Wesoła", json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_district_chooses_between_same_named_streets()
    {
        using var factory = new CoverageMapFactory(WithWesola(), TestSettings.NoStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Mickiewicza%2010&district=We%C5%9Bo%C5%82a")).Json();

        Assert.Equal("ulica-adama-mickiewicza-wesola", json.GetProperty("street").GetProperty("id").GetString());
        Assert.Equal(["Wesoła"], Strings(json.GetProperty("street").GetProperty("districts")));
        Assert.NotEqual("ambiguousStreet", json.GetProperty("status").GetString());
        Assert.False(json.GetProperty("assumedNamesake").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_street_is_a_404_problem_with_suggestions()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());

        // No Warsaw street is Zygmunt Mickiewicz's: the streets of the surname are suggested.
        var response = await Client(factory).GetAsync("/api/lookup?address=" + Uri.EscapeDataString("Zygmunta Mickiewicza 3"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal("address", json.GetProperty("field").GetString());
        Assert.StartsWith("Nie znamy w Warszawie ulicy „Zygmunta Mickiewicza”.", json.GetProperty("detail").GetString());
        var suggestions = json.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(["13249", "ulica-adama-mickiewicza-wesola"], suggestions.Select(x => x.GetProperty("streetId").GetString()!).Order(StringComparer.Ordinal));
        // Suggestions carry no answer of their own (the problem's writer omits null members).
        Assert.All(suggestions, x => Assert.True(!x.TryGetProperty("answer", out var a) || a.ValueKind == JsonValueKind.Null));
    }

    [Theory]
    [InlineData(null, "Nieprawidłowy adres")]
    [InlineData("en", "Invalid address")]
    public async Task Text_that_is_not_an_address_is_a_problem_in_the_clients_language(string? language, string title)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.BundledStreets());

        var response = await Client(factory, language).GetAsync("/api/lookup?address=" + Uri.EscapeDataString("Słowackiego 0"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Equal("address", json.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("S%C5%82owackiego%00%205")]
    public async Task A_control_character_in_the_address_is_a_400_not_an_unknown_street(string encoded)
    {
        // Defect: "address=%00" answered 404 "no Warsaw street „\0” is known", a NUL read as a street name.
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.BundledStreets());

        var response = await Client(factory, null).GetAsync("/api/lookup?address=" + encoded);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("address", (await response.Json()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Point_lookups_still_work_beside_the_address_form()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.BundledStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?lat=52.205&lon=21.005")).Json();

        Assert.Equal(["p-1"], json.GetProperty("areas").Ids());
    }
}
