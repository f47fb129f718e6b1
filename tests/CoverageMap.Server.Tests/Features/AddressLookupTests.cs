using System.Net;
using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace CoverageMap.Server.Tests.Features;

/// <summary><c>GET /api/lookup?address=…</c> over <see cref="SquareDataset"/> (p-1 | p-2 | p-3) and example data.</summary>
public class AddressLookupTests
{
    private static AddressLookupData Data()
    {
        static RegisteredStreet Street(string id, string name, string district) => new(id, "ulica", name, StreetRegister.DeriveShortName(name), [district], []);
        var register = new StreetRegister([
            Street("20593", "Juliusza Słowackiego", "Żoliborz"), Street("07220", "Graniczna", "Śródmieście"),
            Street("13249", "Adama Mickiewicza", "Żoliborz"), Street("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza", "Wesoła")]);
        HouseNumber.TryParse("10", out var ten);
        var gazetteer = new AddressGazetteer([new AddressPoint("20593", "Juliusza Słowackiego", "slowackiego", "10", ten, "01-627", 52.205, 21.015, AddressSources.Prg, "prg-1")]);
        var network = new StreetNetwork([new NamedLine("Graniczna", Geo.Factory.CreateLineString([new Coordinate(21.01, 52.201), new Coordinate(21.01, 52.209)]))], "test");
        return new AddressLookupData(register, StreetRuleSet.Empty, gazetteer, network);
    }

    private static HttpClient Client(CoverageMapFactory factory, string? language = null)
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(Data()))).CreateClient();
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    [Fact]
    public async Task An_address_with_an_address_point_gets_its_partnership_and_the_basis()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(version: 7), TestSettings.SharedStreets());

        var response = await Client(factory).GetAsync("/api/lookup?address=" + Uri.EscapeDataString("ul. Słowackiego 10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.Equal("resolved", json.GetProperty("status").GetString());
        Assert.Equal("address-point", json.GetProperty("basis").GetString());
        Assert.Equal(["p-2"], json.GetProperty("partnerships").Ids());
        Assert.Equal("Partnerstwo P 2", json.GetProperty("partnerships")[0].GetProperty("name").GetString());
        Assert.Equal(52.205, json.GetProperty("point").GetProperty("lat").GetDouble());
        Assert.Equal(7, json.GetProperty("datasetVersion").GetInt64());
    }

    [Fact]
    public async Task A_border_street_gives_both_partnerships_and_says_so()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Graniczna%205")).Json();

        Assert.Equal("multiple", json.GetProperty("status").GetString());
        Assert.Equal("street-level", json.GetProperty("basis").GetString());
        Assert.True(json.GetProperty("borderStreet").GetBoolean());
        Assert.Equal(["p-1", "p-2"], json.GetProperty("partnerships").Ids().Order().ToArray());
    }

    [Fact]
    public async Task An_ambiguous_street_returns_alternatives_and_no_partnership()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Mickiewicza%2010")).Json();

        Assert.Equal("ambiguousStreet", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("basis").ValueKind);
        Assert.Empty(json.GetProperty("partnerships").EnumerateArray());
        Assert.Equal(2, json.GetProperty("alternatives").GetArrayLength());
        Assert.Equal(["Wesoła", "Żoliborz"], json.GetProperty("alternatives").EnumerateArray()
            .Select(a => a.GetProperty("districts")[0].GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_district_chooses_between_same_named_streets()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?address=Mickiewicza%2010&district=We%C5%9Bo%C5%82a")).Json();

        Assert.Equal("ulica-adama-mickiewicza-wesola", json.GetProperty("streetId").GetString());
        Assert.NotEqual("ambiguousStreet", json.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(null, "Nieprawidłowy adres")]
    [InlineData("en", "Invalid address")]
    public async Task Text_that_is_not_an_address_is_a_problem_in_the_clients_language(string? language, string title)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());

        var response = await Client(factory, language).GetAsync("/api/lookup?address=" + Uri.EscapeDataString("Słowackiego 0"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Equal("address", json.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Point_lookups_still_work_beside_the_address_form()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());

        var json = await (await Client(factory).GetAsync("/api/lookup?lat=52.205&lon=21.005")).Json();

        Assert.Equal(["p-1"], json.GetProperty("areas").Ids());
    }
}
