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
/// and a rule (even 20–30 → p-3), Graniczna on the p-1 | p-2 border in the network, Mickiewicza in two districts.
/// </summary>
public class BatchAddressTests
{
    private static AddressLookupData Data()
    {
        static RegisteredStreet Street(string id, string name, string district) => new(id, "ulica", name, StreetRegister.DeriveShortName(name), [district], []);
        var register = new StreetRegister([
            Street("20593", "Juliusza Słowackiego", "Żoliborz"), Street("07220", "Graniczna", "Śródmieście"),
            Street("13249", "Adama Mickiewicza", "Żoliborz"), Street("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza", "Wesoła")]);
        HouseNumber.TryParse("10", out var ten);
        var gazetteer = new AddressGazetteer([new AddressPoint("20593", "Juliusza Słowackiego", "slowackiego", "10", ten, "01-627", 52.205, 21.015, AddressSources.Prg, "prg-1")]);
        var rules = new StreetRuleSet([new StreetRule("r-1", "Juliusza Słowackiego", "20593", 20, 30, NumberParity.Even, "p-3")]);
        var network = new StreetNetwork([new NamedLine("Graniczna", Geo.Factory.CreateLineString([new Coordinate(21.01, 52.201), new Coordinate(21.01, 52.209)]))], "test");
        return new AddressLookupData(register, rules, gazetteer, network);
    }

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
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());
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
              {"id": 10, "street": "Mickiewicza", "number": "3", "district": "Wesoła"}
            ]
            """;

        var response = await Client(factory, "en").PostAsync("/api/lookup/batch", TestHttp.JsonBody(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Json()).EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 10), rows.Select(r => r.GetProperty("id").GetInt32()));

        Assert.Equal("address-point", rows[0].GetProperty("basis").GetString());
        Assert.Equal("resolved", rows[0].GetProperty("status").GetString());
        Assert.Equal(["p-2"], rows[0].GetProperty("areas").Ids());
        Assert.Equal("Partnerstwo P 2", rows[0].GetProperty("areas")[0].GetProperty("name").GetString());
        Assert.Equal(52.205, rows[0].GetProperty("point").GetProperty("lat").GetDouble());
        Assert.Equal("ul. Słowackiego 10, 01-627 Warszawa", rows[0].GetProperty("address").GetString());
        Assert.Equal("20593", rows[0].GetProperty("streetId").GetString());

        Assert.Equal("point", rows[1].GetProperty("basis").GetString());
        Assert.Equal("resolved", rows[1].GetProperty("status").GetString());
        Assert.Equal(["p-1"], rows[1].GetProperty("areas").Ids());

        Assert.Equal("street-rule", rows[2].GetProperty("basis").GetString());
        Assert.Equal(["p-3"], rows[2].GetProperty("areas").Ids());
        Assert.Equal("24", rows[2].GetProperty("houseNumber").GetString());
        Assert.Equal("Słowackiego 24", rows[2].GetProperty("address").GetString());

        Assert.Equal("street-level", rows[3].GetProperty("basis").GetString());
        Assert.Equal("multiple", rows[3].GetProperty("status").GetString());
        Assert.True(rows[3].GetProperty("borderStreet").GetBoolean());
        Assert.Equal(["p-1", "p-2"], rows[3].GetProperty("areas").Ids().Order().ToArray());

        Assert.Equal("ambiguousStreet", rows[4].GetProperty("status").GetString());
        Assert.False(rows[4].TryGetProperty("basis", out _));
        Assert.False(rows[4].TryGetProperty("areas", out _));
        Assert.Equal(["13249", "ulica-adama-mickiewicza-wesola"], rows[4].GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("streetId").GetString()!).Order().ToArray());
        Assert.Equal(["address"], rows[4].GetProperty("error").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("may be any of 2 streets", rows[4].GetProperty("error").GetProperty("message").GetString());

        Assert.Equal("streetNotFound", rows[5].GetProperty("status").GetString());
        Assert.Contains("No Warsaw street", rows[5].GetProperty("error").GetProperty("message").GetString());

        Assert.Equal("unparseable", rows[6].GetProperty("status").GetString());
        Assert.Contains("is not an address", rows[6].GetProperty("error").GetProperty("message").GetString());

        // Coordinates win over an address in the same row.
        Assert.Equal("point", rows[7].GetProperty("basis").GetString());
        Assert.Equal(["p-3"], rows[7].GetProperty("areas").Ids());
        Assert.False(rows[7].TryGetProperty("address", out _));

        // Neither an address nor coordinates.
        Assert.False(rows[8].TryGetProperty("status", out _));
        Assert.Contains("neither an address nor coordinates", rows[8].GetProperty("error").GetProperty("message").GetString());

        // The district narrows the shared name; then the network cannot place it (no data), which is said, not guessed.
        Assert.Equal("noData", rows[9].GetProperty("status").GetString());
        Assert.Equal("ulica-adama-mickiewicza-wesola", rows[9].GetProperty("streetId").GetString());
        Assert.Equal(["street"], rows[9].GetProperty("error").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData(';', "52,205", "21,025")]
    [InlineData(',', "52.205", "21.025")]
    public async Task A_csv_batch_with_an_address_column_beside_lat_lon_answers_each_row_by_what_it_has(char sep, string lat, string lon)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());
        var csv = string.Join("\r\n",
            string.Join(sep, "id", "adres", "lat", "lon"),
            string.Join(sep, "a", "\"Słowackiego 10, Warszawa\"", "", ""),
            string.Join(sep, "b", "", lat, lon),
            string.Join(sep, "c", "Mickiewicza 3", "", ""),
            string.Join(sep, "d", "Graniczna 7", "", ""),
            string.Join(sep, "e", "", "", "")) + "\r\n";

        var headers = new List<string>();
        var rows = await CsvRows(await Client(factory).PostAsync("/api/lookup/batch", TestHttp.Csv(csv)), sep, headers);

        Assert.Equal(["id", "address", "lat", "lon", "covered", "onBoundary", "partnershipIds", "names", "nearestPartnershipId", "nearestName",
            "distanceMetres", "basis", "status", "street", "houseNumber", "alternatives", "error"], headers);
        Assert.Equal(["a", "b", "c", "d", "e"], rows.Select(r => r["id"]));

        Assert.Equal("address-point", rows[0]["basis"]);
        Assert.Equal("p-2", rows[0]["partnershipIds"]);
        Assert.Equal("Partnerstwo P 2", rows[0]["names"]);
        Assert.Equal("Juliusza Słowackiego", rows[0]["street"]);
        Assert.Equal("10", rows[0]["houseNumber"]);
        Assert.Equal(sep == ';' ? "52,205" : "52.205", rows[0]["lat"]); // the address point
        Assert.Equal(sep == ';' ? "21,015" : "21.015", rows[0]["lon"]);

        Assert.Equal("point", rows[1]["basis"]);
        Assert.Equal("p-3", rows[1]["partnershipIds"]);
        Assert.Equal(lat, rows[1]["lat"]);
        Assert.Equal("true", rows[1]["covered"]);

        Assert.Equal("ambiguousStreet", rows[2]["status"]);
        Assert.Equal("", rows[2]["partnershipIds"]);
        Assert.Equal("Ulica Adama Mickiewicza (Żoliborz)|Ulica Adama Mickiewicza (Wesoła)", rows[2]["alternatives"]);
        Assert.Contains("pasuje do 2 ulic", rows[2]["error"]);

        Assert.Equal("street-level", rows[3]["basis"]);
        Assert.Equal("p-1|p-2", string.Join('|', rows[3]["partnershipIds"].Split('|').Order()));
        Assert.Equal("true", rows[3]["onBoundary"]);

        Assert.Contains("ani adresu, ani współrzędnych", rows[4]["error"]);
    }

    [Theory]
    [InlineData(';', "ulica;numer;dzielnica")]
    [InlineData(',', "Street,Number,District")]
    public async Task A_csv_batch_with_street_and_number_columns_resolves_the_two_column_form(char sep, string header)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());
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
        Assert.Equal(["address-point", "street-rule", "street-level", "", "", ""], rows.Select(r => r["basis"]));
        Assert.Equal(["resolved", "resolved", "multiple", "ambiguousStreet", "noData", "unparseable"], rows.Select(r => r["status"]));
        Assert.Equal(["p-2", "p-3"], rows.Take(2).Select(r => r["partnershipIds"]));
        Assert.Equal("", rows[3]["partnershipIds"]);
        Assert.Contains("may be any of 2 streets", rows[3]["error"]);
        Assert.Equal("", rows[4]["alternatives"]);
        Assert.Contains("several Warsaw streets share this name", rows[4]["error"]);
        Assert.NotEqual("", rows[5]["error"]);
    }

    [Fact]
    public async Task A_csv_header_with_a_street_but_no_number_column_is_still_400()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());

        var response = await Client(factory, "en").PostAsync("/api/lookup/batch", TestHttp.Csv("name;street\nx;y\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("or the columns ulica and numer (street and number)", (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_large_address_batch_is_answered_completely_in_order()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.SharedStreets());
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
