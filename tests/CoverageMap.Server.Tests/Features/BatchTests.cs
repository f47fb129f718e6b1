using System.Net;
using System.Text;
using System.Text.Json;
using CoverageMap.Server.Tests.Infrastructure;
using CsvHelper;

namespace CoverageMap.Server.Tests.Features;

public class BatchTests
{
    [Fact]
    public async Task A_json_batch_answers_every_row_in_order_with_ids_echoed_and_per_row_errors()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var body = """
            [
              {"id": "a", "lat": 52.205, "lon": 21.005},
              {"id": 17, "lat": "52,205", "lon": "21,015"},
              {"lat": 52.205, "lon": 21.02},
              {"id": "bad", "lat": "NaN", "lon": 21.0},
              {"id": "grid", "x": 636966.656354037, "y": 483997.519483319, "srid": 2180},
              {"id": "far", "lat": 52.212, "lon": 21.005},
              {"id": "swapped", "lat": 21.005, "lon": 52.205}
            ]
            """;
        var response = await factory.Client("en").PostAsync("/api/lookup/batch", TestHttp.JsonBody(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var rows = (await response.Json()).EnumerateArray().ToArray();
        Assert.Equal(7, rows.Length);

        Assert.Equal("a", rows[0].GetProperty("id").GetString());
        Assert.Equal(["p-1"], rows[0].GetProperty("areas").Ids());
        Assert.Equal("resolved", rows[0].GetProperty("status").GetString());
        Assert.Equal("point", rows[0].GetProperty("basis").GetString());
        Assert.Equal("high", rows[0].GetProperty("certainty").GetProperty("level").GetString());
        Assert.Equal("inside", rows[0].GetProperty("areas")[0].GetProperty("relation").GetString());
        Assert.Equal("This point lies in the area of Partnerstwo P 1.", rows[0].GetProperty("message").GetString());
        Assert.False(rows[0].TryGetProperty("covered", out _)); // no per-row covered/onBoundary: status and relation say it
        Assert.Equal(17, rows[1].GetProperty("id").GetInt32());
        Assert.Equal(["p-2"], rows[1].GetProperty("areas").Ids());
        Assert.False(rows[2].TryGetProperty("id", out _));
        Assert.Equal("multiple", rows[2].GetProperty("status").GetString());
        Assert.Equal(["p-2", "p-3"], rows[2].GetProperty("areas").Ids());
        Assert.All(rows[2].GetProperty("areas").EnumerateArray(), a => Assert.Equal("onBorder", a.GetProperty("relation").GetString()));
        Assert.Equal("bad", rows[3].GetProperty("id").GetString());
        Assert.Equal(["lat"], rows[3].GetProperty("error").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("not a finite number", rows[3].GetProperty("error").GetProperty("message").GetString());
        Assert.False(rows[3].TryGetProperty("status", out _));
        Assert.False(rows[3].TryGetProperty("areas", out _));
        Assert.Equal(["p-1"], rows[4].GetProperty("areas").Ids());
        Assert.Equal("noPartnership", rows[5].GetProperty("status").GetString());
        Assert.Empty(rows[5].GetProperty("areas").EnumerateArray());
        Assert.Equal("p-1", rows[5].GetProperty("nearest").GetProperty("partnershipId").GetString());
        Assert.Contains("look swapped", rows[6].GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_large_json_batch_is_answered_completely_as_a_stream()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var sb = new StringBuilder("[");
        const int n = 5000;
        for (int i = 0; i < n; i++) sb.Append(i == 0 ? "" : ",").Append("{\"id\":").Append(i).Append(",\"lat\":52.205,\"lon\":").Append(i % 2 == 0 ? "21.005" : "21.025").Append('}');
        sb.Append(']');
        var response = await factory.Client().PostAsync("/api/lookup/batch", TestHttp.JsonBody(sb.ToString()));
        var rows = (await response.Json()).EnumerateArray().ToArray();
        Assert.Equal(n, rows.Length);
        for (int i = 0; i < n; i += 997)
        {
            Assert.Equal(i, rows[i].GetProperty("id").GetInt32());
            Assert.Equal([i % 2 == 0 ? "p-1" : "p-3"], rows[i].GetProperty("areas").Ids());
        }
    }

    [Theory]
    [InlineData(';', "id;lat;lon", "52,205", "21,005")]
    [InlineData(',', "id,lat,lon", "52.205", "21.005")]
    [InlineData(';', "ID;Szerokość;Długość", "52,205", "21,005")]
    [InlineData(',', "id,szerokosc,dlugosc", "52.205", "21.005")]
    public async Task A_csv_batch_round_trips_with_its_separator(char sep, string header, string lat, string lon)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var csv = $"{header}\r\nk1{sep}{lat}{sep}{lon}\r\nk2{sep}abc{sep}{lon}\r\n\"k{sep}3\"{sep}{lat.Replace("52", "53")}{sep}{lon}\r\n";
        var response = await factory.Client().PostAsync("/api/lookup/batch", TestHttp.Csv(csv));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.MediaType());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        await using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Separator = sep });
        await reader.ReadHeaderAsync();
        Assert.Equal(["id", "lat", "lon", "status", "basis", "certainty", "certaintyMetres", "partnershipIds", "names", "relations", "outsideAlsoPossible",
            "nearestPartnershipId", "nearestName", "distanceMetres", "message", "error"], reader.Headers.ToArray());
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(t => t.h, t => reader.GetString(t.i)));
        Assert.Equal(3, rows.Count);

        Assert.Equal("k1", rows[0]["id"]);
        Assert.Equal("resolved", rows[0]["status"]);
        Assert.Equal("point", rows[0]["basis"]);
        Assert.Equal("high", rows[0]["certainty"]);
        Assert.Equal("0", rows[0]["certaintyMetres"]);
        Assert.Equal("p-1", rows[0]["partnershipIds"]);
        Assert.Equal("Partnerstwo P 1", rows[0]["names"]);
        Assert.Equal("inside", rows[0]["relations"]);
        Assert.Equal("Ten punkt leży w obszarze partnerstwa Partnerstwo P 1.", rows[0]["message"]);
        Assert.Equal(lat, rows[0]["lat"]);

        Assert.Equal("k2", rows[1]["id"]);
        Assert.Contains("nie jest liczbą", rows[1]["error"]);
        Assert.Equal("", rows[1]["status"]);
        Assert.Equal("", rows[1]["partnershipIds"]);

        Assert.Equal($"k{sep}3", rows[2]["id"]);
        Assert.Equal("noPartnership", rows[2]["status"]);
        Assert.Equal("", rows[2]["partnershipIds"]);
        Assert.Equal("p-1", rows[2]["nearestPartnershipId"]);
        var distance = double.Parse(rows[2]["distanceMetres"].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(distance, 110_500, 110_800); // 0.995° of latitude north of the squares ≈ 110.64 km
        Assert.Equal(sep == ';', rows[2]["distanceMetres"].Contains(','));
    }

    [Fact]
    public async Task A_csv_batch_with_grid_coordinates_and_an_excel_sep_line_is_read()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var csv = "sep=;\nx;y;srid\n7500341,79298371;5785708,23426906;2178\n";
        var response = await factory.Client().PostAsync("/api/lookup/batch", TestHttp.Csv(csv));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("52,205;21,005;resolved;point;high;0;p-1;Partnerstwo P 1;inside;", lines[1]);
    }

    [Theory]
    [InlineData("application/json", "[{\"lat\":52.2,\"lon\":21},{\"lat\":52.2,\"lon\":21},{\"lat\":52.2,\"lon\":21},{\"lat\":52.2,\"lon\":21}]")]
    [InlineData("text/csv", "lat,lon\n52.2,21\n52.2,21\n52.2,21\n52.2,21\n")]
    public async Task A_batch_over_the_row_limit_is_413(string contentType, string body)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), new Dictionary<string, string?> { ["Batch:MaxRows"] = "3" });
        var response = await factory.Client("en").PostAsync("/api/lookup/batch", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var problem = await response.Json();
        Assert.Contains("the limit is 3", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413_with_or_without_a_content_length()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(), new Dictionary<string, string?> { ["Batch:MaxBodyBytes"] = "200" });
        var body = "lat,lon\n" + string.Concat(Enumerable.Repeat("52.2,21.0\n", 50));
        var client = factory.Client();

        var known = await client.PostAsync("/api/lookup/batch", TestHttp.Csv(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, known.StatusCode);
        Assert.Contains("200 bajtów", (await known.Json()).GetProperty("detail").GetString());

        var chunked = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new("text/csv");
        var unknown = await client.PostAsync("/api/lookup/batch", chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.MediaType());
    }

    [Theory]
    [InlineData("[{\"lat\":52.2,\"lon\":21.0},{\"lat\":52.2,\"lon\":]", 2, "row (array element) 2")]
    [InlineData("[{\"lat\":52.2,\"lon\":21.0}\n{\"lat\":52.2}]", 2, "line 2")]
    [InlineData("{\"lat\":52.2,\"lon\":21.0}", 1, "row (array element) 1")]
    [InlineData("[{\"lat\":52.2,\"lon\":21.0}, 42]", 2, "Row 2 is not a JSON object")]
    [InlineData("", 1, "Malformed JSON")]
    public async Task Malformed_json_is_400_naming_the_row(string body, int row, string says)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client("en").PostAsync("/api/lookup/batch", TestHttp.JsonBody(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.Contains(says, problem.GetProperty("detail").GetString());
        Assert.Equal(row, problem.GetProperty("row").GetInt32());
    }

    [Theory]
    [InlineData("id;lat;lon\n1;52,2;21\n2;\"52,2;21\n3;52,2;21\n", "line 3")]
    [InlineData("id,lat,lon\n1,52.2,21\n2,52.2,21\n3,5\"2.2,21\n", "line 4")]
    public async Task Malformed_csv_is_400_naming_the_line(string body, string says)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client("en").PostAsync("/api/lookup/batch", TestHttp.Csv(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.Contains(says, problem.GetProperty("detail").GetString());
        Assert.True(problem.TryGetProperty("line", out _));
    }

    [Fact]
    public async Task A_csv_header_without_coordinate_columns_is_400_and_an_unknown_media_type_is_415()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var client = factory.Client("en");
        var header = await client.PostAsync("/api/lookup/batch", TestHttp.Csv("name;street\nx;y\n"));
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Contains("must name the columns lat and lon", (await header.Json()).GetProperty("detail").GetString());

        var xml = await client.PostAsync("/api/lookup/batch", new StringContent("<points/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
        Assert.Equal("application/problem+json", xml.MediaType());
    }

    /// <summary>A stream that hides its length, so the request is sent without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
