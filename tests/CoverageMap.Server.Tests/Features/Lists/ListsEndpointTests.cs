using System.Net;
using System.Text;
using System.Text.Json;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features.Lists;

/// <summary><c>POST /api/lists/check</c> over HTTP: what a broken upload gets; the progress streamed as NDJSON to a client
/// that asks for it, the JSON answer as it was to one that does not.</summary>
public class ListsEndpointTests
{
    [Theory]
    [InlineData("lat;lon\n52,2;21,0\n", "Formularz z plikiem")]            // not multipart at all
    [InlineData("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nAdres\nSłowackiego 10\n", "Formularz z plikiem")] // no closing boundary
    [InlineData("", "plik")]                                            // an empty form: no file in it
    public async Task A_broken_form_is_a_400_problem_saying_so_not_a_500(string body, string detailPart)
    {
        // Defect (found by the fuzz pass): a multipart Content-Type over a body that is not one threw IOException → 500.
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var client = factory.CreateClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");

        var response = await client.PostAsync("/api/lists/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.Contains(detailPart, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage CheckRequest(string csv, string? accept = null, string language = "pl")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/lists/check?name=lista.csv") { Content = TestHttp.Csv(csv) };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    private static async Task<List<JsonElement>> Lines(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Asked_for_NDJSON_the_check_streams_its_progress_then_the_summary_and_without_it_answers_JSON_as_before()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var client = factory.CreateClient();
        var list = "Adres\n" + string.Concat(Enumerable.Range(1, 2500).Select(i => $"Słowackiego {i}\n"));

        using var streamed = await client.SendAsync(CheckRequest(list, "application/x-ndjson"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, streamed.StatusCode);
        Assert.Equal("application/x-ndjson", streamed.MediaType());
        var lines = await Lines(streamed);
        var progress = lines[..^1].Select(l => l.GetProperty("progress")).ToList();
        Assert.All(lines[..^1], l => Assert.Equal("progress", l.GetProperty("type").GetString()));
        Assert.Equal((0, 2500), (progress[0].GetProperty("done").GetInt32(), progress[0].GetProperty("total").GetInt32()));
        Assert.Equal("Sprawdzono 0 z 2 500 wierszy", progress[0].GetProperty("text").GetString()!.Replace('\u00A0', ' '));
        Assert.Equal("Sprawdzono 2 500 z 2 500 wierszy", progress[^1].GetProperty("text").GetString()!.Replace('\u00A0', ' '));
        // After each slice of the engine: a twentieth of the rows, at least 1,000.
        Assert.Equal([0, 1000, 2000, 2500], progress.Select(p => p.GetProperty("done").GetInt32()));
        Assert.Equal("result", lines[^1].GetProperty("type").GetString());
        Assert.Equal(2500, lines[^1].GetProperty("result").GetProperty("summary").GetProperty("rows").GetInt32());

        using var english = await client.SendAsync(CheckRequest(list, "application/x-ndjson", "en"));
        Assert.Equal("Checked 2,500 of 2,500 rows", (await Lines(english))[^2].GetProperty("progress").GetProperty("text").GetString());

        using var plain = await client.SendAsync(CheckRequest(list));
        Assert.Equal("application/json", plain.MediaType());
        Assert.Equal(2500, (await plain.Json()).GetProperty("summary").GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task Asked_for_NDJSON_a_list_that_cannot_be_checked_is_still_a_problem_with_its_status_before_any_line()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(CheckRequest("Imię;Telefon\nAnna;600\n", "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        Assert.Equal(["Imię", "Telefon"], (await response.Json()).GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/csv")]
    [InlineData("text/plain")]
    [InlineData("text/csv; charset=utf-8")]
    public async Task A_CSV_body_is_read_under_every_CSV_media_type(string contentType)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var response = await factory.CreateClient().PostAsync("/api/lists/check?name=lista.csv", TestHttp.Bytes(ListFixtures.Windows1250.GetBytes("Imię;Adres\nŚwiatosław;Słowackiego 10\n"), contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.Equal("windows1250", json.GetProperty("encoding").GetString());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("rows").GetInt32());
    }

    [Theory]
    [InlineData("text/csv; charset=iso-8859-2", "iso88592", "iso-8859-2", 28592)]
    [InlineData("application/csv; charset=\"Windows-1250\"", "windows1250", "windows-1250", 1250)]
    public async Task A_declared_charset_is_honoured_said_and_the_CSV_result_comes_back_in_it(string contentType, string encoding, string charset, int codePage)
    {
        // ł and ę are the same byte in both: without the declaration this list would be taken for Windows-1250.
        var text = "Imię;Adres\nMałgorzata;Słowackiego 10\n";
        var bytes = Encoding.GetEncoding(codePage).GetBytes(text);
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var client = factory.CreateClient();

        using var summary = await client.PostAsync("/api/lists/check?name=lista.csv", TestHttp.Bytes(bytes, contentType));
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(encoding, (await summary.Json()).GetProperty("encoding").GetString());

        using var csv = await client.PostAsync("/api/lists/check?name=lista.csv&format=csv", TestHttp.Bytes(bytes, contentType));
        Assert.Equal(charset, csv.Content.Headers.ContentType?.CharSet);
        var back = Encoding.GetEncoding(codePage).GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("Imię;Adres;Partnerstwo;Pewność;Podstawa;Uwagi\r\nMałgorzata;Słowackiego 10;", back);
    }

    [Fact]
    public async Task A_charset_the_lists_do_not_read_is_a_415_problem_naming_the_ones_they_do()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var response = await factory.CreateClient().PostAsync("/api/lists/check?name=lista.csv", TestHttp.Bytes("Adres\nSłowackiego 10\n"u8.ToArray(), "text/csv; charset=koi8-r"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var detail = (await response.Json()).GetProperty("detail").GetString()!;
        Assert.Contains("koi8-r", detail);
        Assert.Contains("windows-1250, iso-8859-2", detail);
    }
}
