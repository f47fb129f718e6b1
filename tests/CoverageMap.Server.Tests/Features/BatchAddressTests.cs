using System.Net;
using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Tests.Infrastructure;
using CsvHelper;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// <c>POST /api/lookup/batch</c> with addresses mixed with coordinates, over <see cref="SquareDataset"/>
/// (p-1 | p-2 | p-3 along 52.20–52.21 N) and a small register: Słowackiego with an address point (no. 10, in p-2)
/// and a rule (even 20–30 → p-3), Graniczna on the p-1 | p-2 border in the network, Marszałkowska in Śródmieście
/// (where no partnership works), Mickiewicza in Żoliborz and Wesoła (<see cref="Squares"/> puts p-3 in Wesoła, so
/// the name is ambiguous).
/// </summary>
public class BatchAddressTests
{
    internal static AddressLookupData Data()
    {
        static RegisteredStreet Street(string id, string name, string district) => new(id, "ulica", name, StreetRegister.DeriveShortName(name), [district], []);
        var register = new StreetRegister([
            Street("20593", "Juliusza Słowackiego", "Żoliborz"), Street("07220", "Graniczna", "Żoliborz"), Street("12996", "Marszałkowska", "Śródmieście"),
            Street("13249", "Adama Mickiewicza", "Żoliborz"), Street("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza", "Wesoła")]);
        HouseNumber.TryParse("10", out var ten);
        var gazetteer = new AddressGazetteer([new AddressPoint("20593", "Juliusza Słowackiego", "slowackiego", "10", ten, "01-627", 52.205, 21.015, AddressSources.Prg, "prg-1")]);
        var rules = new StreetRuleSet([new StreetRule("r-1", "Juliusza Słowackiego", "20593", 20, 30, NumberParity.Even, "p-3")]);
        var network = new StreetNetwork([new NamedLine("Graniczna", Geo.Factory.CreateLineString([new Coordinate(21.01, 52.201), new Coordinate(21.01, 52.209)]))], "test");
        return new AddressLookupData(register, rules, gazetteer, network);
    }

    private static Core.Areas.Dataset Squares() => SquareDataset.Create().WithDistrict("p-3", "Wesoła");

    private static HttpClient Client(CoverageMapFactory factory, string? language = null)
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(Data()))).CreateClient();
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static async Task<List<Dictionary<string, string>>> CsvRows(HttpResponseMessage response, char separator, List<string> headers)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.MediaType());
        await using var reader = CsvReader.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), new CsvReaderOptions { Separator = separator });
        await reader.ReadHeaderAsync();
        headers.AddRange(reader.Headers);
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(t => t.h, t => reader.GetString(t.i)));
        return rows;
    }

    [Fact]
    public async Task A_json_batch_mixes_addresses_and_coordinates_in_order_with_basis_status_and_row_errors()
    {
        using var factory = new CoverageMapFactory(Squares(), TestSettings.NoStreets());
        var body = """
            [
              {"id": 1, "address": "ul. Słowackiego 10, 01-627 Warszawa"},
              {"id": 2, "lat": 52.205, "lon": 21.005},
              {"id": 3, "street": "Słowackiego", "number": 24},
              {"id": 4, "address": "Graniczna 5"},
              {"id": 5, "address": "Mickiewicza 3"},
              {"id": 6, "address": "Nieistniejąca 4"},
              {"id": 7, "address": "12"},
              {"id": 8, "address": "Mickiewicza 3", "lat": 52.205, "lon": 21.025},
              {"id": 9, "address": "  "},
              {"id": 10, "street": "Mickiewicza", "number": "3", "district": "Wesoła"},
              {"id": 11, "address": "Marszałkowska 1"}
            ]
            """;

        var response = await Client(factory, "en").PostAsync("/api/lookup/batch", TestHttp.JsonBody(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"Juliusza Słowackiego\"", await response.Content.ReadAsStringAsync()); // Polish letters unescaped, as in single answers
        var rows = (await response.Json()).EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 11), rows.Select(r => r.GetProperty("id").GetInt32()));

        Assert.Equal("addressPoint", rows[0].GetProperty("basis").GetString());
        Assert.Equal("resolved", rows[0].GetProperty("status").GetString());
        Assert.Equal("high", rows[0].GetProperty("certainty").GetProperty("level").GetString());
        Assert.Equal(["p-2"], rows[0].GetProperty("areas").Ids());
        Assert.Equal("Partnerstwo P 2", rows[0].GetProperty("areas")[0].GetProperty("name").GetString());
        Assert.Equal("inside", rows[0].GetProperty("areas")[0].GetProperty("relation").GetString());
        Assert.Equal(52.205, rows[0].GetProperty("point").GetProperty("lat").GetDouble());
        Assert.Equal("ul. Słowackiego 10, 01-627 Warszawa", rows[0].GetProperty("address").GetString());
        Assert.Equal("20593", rows[0].GetProperty("street").GetProperty("id").GetString());
        Assert.Equal("Juliusza Słowackiego 10: the building's address point lies in the area of Partnerstwo P 2.", rows[0].GetProperty("message").GetString());

        Assert.Equal("point", rows[1].GetProperty("basis").GetString());
        Assert.Equal("resolved", rows[1].GetProperty("status").GetString());
        Assert.Equal(["p-1"], rows[1].GetProperty("areas").Ids());

        Assert.Equal("streetRule", rows[2].GetProperty("basis").GetString());
        Assert.Equal(["p-3"], rows[2].GetProperty("areas").Ids());
        Assert.Equal("24", rows[2].GetProperty("houseNumber").GetString());
        Assert.Equal("Słowackiego 24", rows[2].GetProperty("address").GetString());
        Assert.Contains("a street rule (r-1)", rows[2].GetProperty("message").GetString());

        // A border street: both areas, each along the border, and the answer may also be neither.
        Assert.Equal("streetSide", rows[3].GetProperty("basis").GetString());
        Assert.Equal("multiple", rows[3].GetProperty("status").GetString());
        Assert.Equal("low", rows[3].GetProperty("certainty").GetProperty("level").GetString());
        Assert.Equal(["p-1", "p-2"], rows[3].GetProperty("areas").Ids().Order().ToArray());
        Assert.All(rows[3].GetProperty("areas").EnumerateArray(), a => Assert.Equal("alongBorder", a.GetProperty("relation").GetString()));
        Assert.True(rows[3].GetProperty("outsideAlsoPossible").GetBoolean());

        // An ambiguous street is an answer (no partnership), not an input error: each street it may mean has its own answer.
        Assert.Equal("ambiguousStreet", rows[4].GetProperty("status").GetString());
        Assert.Equal("none", rows[4].GetProperty("basis").GetString());
        Assert.Empty(rows[4].GetProperty("areas").EnumerateArray());
        var alternatives = rows[4].GetProperty("alternatives").EnumerateArray().ToList();
        Assert.Equal(["13249", "ulica-adama-mickiewicza-wesola"], alternatives.Select(a => a.GetProperty("streetId").GetString()!).Order().ToArray());
        Assert.All(alternatives, a => Assert.Equal("noData", a.GetProperty("answer").GetProperty("status").GetString()));
        Assert.Contains("streets of this name (2 streets)", rows[4].GetProperty("message").GetString());
        Assert.False(rows[4].TryGetProperty("error", out _));

        Assert.Equal("streetNotFound", rows[5].GetProperty("status").GetString());
        Assert.Equal("We know no Warsaw street 'Nieistniejąca'.", rows[5].GetProperty("message").GetString());

        Assert.Equal("unparseable", rows[6].GetProperty("status").GetString());
        Assert.Contains("is not an address", rows[6].GetProperty("message").GetString());

        // Coordinates win over an address in the same row.
        Assert.Equal("point", rows[7].GetProperty("basis").GetString());
        Assert.Equal(["p-3"], rows[7].GetProperty("areas").Ids());
        Assert.False(rows[7].TryGetProperty("address", out _));

        // Neither an address nor coordinates.
        Assert.False(rows[8].TryGetProperty("status", out _));
        Assert.Contains("neither an address nor coordinates", rows[8].GetProperty("error").GetProperty("message").GetString());

        // The district narrows the shared name; then nothing places the address (no data), which is said, not guessed.
        Assert.Equal("noData", rows[9].GetProperty("status").GetString());
        Assert.Equal("none", rows[9].GetProperty("certainty").GetProperty("level").GetString());
        Assert.Empty(rows[9].GetProperty("areas").EnumerateArray());
        Assert.Equal("ulica-adama-mickiewicza-wesola", rows[9].GetProperty("street").GetProperty("id").GetString());
        Assert.Contains("we do not know where this address lies", rows[9].GetProperty("message").GetString());

        // A street in a district no partnership serves: no partnership, on the street's evidence.
        Assert.Equal("noPartnership", rows[10].GetProperty("status").GetString());
        Assert.Equal("street", rows[10].GetProperty("basis").GetString());
        Assert.Empty(rows[10].GetProperty("areas").EnumerateArray());
    }

    [Theory]
    [InlineData(';', "52,205", "21,025")]
    [InlineData(',', "52.205", "21.025")]
    public async Task A_csv_batch_with_an_address_column_beside_lat_lon_answers_each_row_by_what_it_has(char sep, string lat, string lon)
    {
        using var factory = new CoverageMapFactory(Squares(), TestSettings.NoStreets());
        var csv = string.Join("\r\n",
            string.Join(sep, "id", "adres", "lat", "lon"),
            string.Join(sep, "a", "\"Słowackiego 10, Warszawa\"", "", ""),
            string.Join(sep, "b", "", lat, lon),
            string.Join(sep, "c", "Mickiewicza 3", "", ""),
            string.Join(sep, "d", "Graniczna 7", "", ""),
            string.Join(sep, "e", "", "", "")) + "\r\n";

        var headers = new List<string>();
        var rows = await CsvRows(await Client(factory).PostAsync("/api/lookup/batch", TestHttp.Csv(csv)), sep, headers);

        Assert.Equal(["id", "address", "lat", "lon", "status", "basis", "certainty", "certaintyMetres", "partnershipIds", "names", "relations",
            "outsideAlsoPossible", "nearestPartnershipId", "nearestName", "distanceMetres", "street", "streetId", "houseNumber", "alternatives",
            "message", "error"], headers);
        Assert.Equal(["a", "b", "c", "d", "e"], rows.Select(r => r["id"]));

        Assert.Equal("addressPoint", rows[0]["basis"]);
        Assert.Equal("resolved", rows[0]["status"]);
        Assert.Equal("high", rows[0]["certainty"]);
        Assert.Equal("25", rows[0]["certaintyMetres"]);
        Assert.Equal("p-2", rows[0]["partnershipIds"]);
        Assert.Equal("inside", rows[0]["relations"]);
        Assert.Equal("20593", rows[0]["streetId"]);
        Assert.Equal("Partnerstwo P 2", rows[0]["names"]);
        Assert.Equal("Juliusza Słowackiego", rows[0]["street"]);
        Assert.Equal("10", rows[0]["houseNumber"]);
        Assert.Equal(sep == ';' ? "52,205" : "52.205", rows[0]["lat"]); // the address point
        Assert.Equal(sep == ';' ? "21,015" : "21.015", rows[0]["lon"]);

        Assert.Equal("point", rows[1]["basis"]);
        Assert.Equal("p-3", rows[1]["partnershipIds"]);
        Assert.Equal(lat, rows[1]["lat"]);
        Assert.Equal("resolved", rows[1]["status"]);
        Assert.Equal("Ten punkt leży w obszarze partnerstwa Partnerstwo P 3.", rows[1]["message"]);

        Assert.Equal("ambiguousStreet", rows[2]["status"]);
        Assert.Equal("", rows[2]["partnershipIds"]);
        Assert.Equal("Ulica Adama Mickiewicza (Żoliborz)|Ulica Adama Mickiewicza (Wesoła)", rows[2]["alternatives"]);
        Assert.Contains("ulice o tej nazwie (2 ulice)", rows[2]["message"]);
        Assert.Equal("", rows[2]["error"]);

        Assert.Equal("streetSide", rows[3]["basis"]);
        Assert.Equal("multiple", rows[3]["status"]);
        Assert.Equal("p-1|p-2", string.Join('|', rows[3]["partnershipIds"].Split('|').Order()));
        Assert.Equal("alongBorder|alongBorder", rows[3]["relations"]);
        Assert.Equal("true", rows[3]["outsideAlsoPossible"]);

        Assert.Contains("ani adresu, ani współrzędnych", rows[4]["error"]);
    }

    [Theory]
    [InlineData(';', "ulica;numer;dzielnica")]
    [InlineData(',', "Street,Number,District")]
    public async Task A_csv_batch_with_street_and_number_columns_resolves_the_two_column_form(char sep, string header)
    {
        using var factory = new CoverageMapFactory(Squares(), TestSettings.NoStreets());
        var csv = header + "\n" + string.Join("\n",
            string.Join(sep, "Słowackiego", "10", ""),
            string.Join(sep, "ul. Juliusza Słowackiego", "26", ""),
            string.Join(sep, "Graniczna", "", ""),
            string.Join(sep, "Mickiewicza", "3", ""),
            string.Join(sep, "Mickiewicza", "3", "Żoliborz"),
            string.Join(sep, "Słowackiego", "0", "")) + "\n";

        var headers = new List<string>();
        var rows = await CsvRows(await Client(factory, "en").PostAsync("/api/lookup/batch", TestHttp.Csv(csv)), sep, headers);

        Assert.Equal("address", headers[0]);
        Assert.Equal(6, rows.Count);
        Assert.Equal(["Słowackiego 10", "ul. Juliusza Słowackiego 26", "Graniczna", "Mickiewicza 3", "Mickiewicza 3", "Słowackiego 0"], rows.Select(r => r["address"]));
        Assert.Equal(["addressPoint", "streetRule", "streetSide", "none", "none", "none"], rows.Select(r => r["basis"]));
        Assert.Equal(["resolved", "resolved", "multiple", "ambiguousStreet", "noData", "unparseable"], rows.Select(r => r["status"]));
        Assert.Equal(["p-2", "p-3"], rows.Take(2).Select(r => r["partnershipIds"]));
        Assert.Equal("", rows[3]["partnershipIds"]);
        Assert.Contains("streets of this name (2 streets)", rows[3]["message"]);
        // The district column chooses Żoliborz's Mickiewicza, where nothing places no. 3.
        Assert.Equal("13249", rows[4]["streetId"]);
        Assert.Equal("", rows[4]["alternatives"]);
        Assert.Contains("we do not know where this address lies", rows[4]["message"]);
        Assert.Contains("is not an address we can read", rows[5]["message"]);
    }

    [Fact]
    public async Task A_csv_header_with_a_street_but_no_number_column_is_still_400()
    {
        using var factory = new CoverageMapFactory(Squares(), TestSettings.NoStreets());

        var response = await Client(factory, "en").PostAsync("/api/lookup/batch", TestHttp.Csv("name;street\nx;y\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("or the columns ulica and numer (street and number)", (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_large_address_batch_is_answered_completely_in_order()
    {
        using var factory = new CoverageMapFactory(Squares(), TestSettings.NoStreets());
        var sb = new System.Text.StringBuilder("id;adres;lat;lon\n");
        const int n = 3000;
        for (int i = 0; i < n; i++)
            sb.Append(i).Append(';').Append(i % 3 == 0 ? "Słowackiego 10;;" : i % 3 == 1 ? ";52,205;21,005" : "Słowackiego 22;;").Append('\n');

        var headers = new List<string>();
        var rows = await CsvRows(await Client(factory).PostAsync("/api/lookup/batch", TestHttp.Csv(sb.ToString())), ';', headers);

        Assert.Equal(n, rows.Count);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i]["id"]);
            Assert.Equal(i % 3 == 0 ? "p-2" : i % 3 == 1 ? "p-1" : "p-3", rows[i]["partnershipIds"]);
        }
    }
}
