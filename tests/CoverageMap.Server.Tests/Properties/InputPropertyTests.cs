using System.Net.Http.Headers;
using CoverageMap.Server.Tests.Infrastructure;
using CsCheck;
using Xunit.Abstractions;

namespace CoverageMap.Server.Tests.Properties;

/// <summary>
/// Properties over every query parameter of GET /api/lookup, /api/streets and /api/areas and over the JSON and CSV
/// batch inputs: no input is a 5xx, and every rejection is a 4xx problem with type, title and detail. Fixed, printed
/// seeds (<see cref="SeededProperty"/>); the street register and network of ../shared are asked for, so the address and
/// street code runs on real data.
/// </summary>
public sealed class InputPropertyTests(ITestOutputHelper output, InputPropertyTests.Server server) : IClassFixture<InputPropertyTests.Server>
{
    /// <summary>One server for the class: the properties only read.</summary>
    public sealed class Server : IDisposable
    {
        public Server() => Factory = new CoverageMapFactory(SquareDataset.Create(), TestSettings.BundledStreets());

        internal CoverageMapFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    private readonly HttpClient _client = server.Factory.CreateClient();

    private static readonly Gen<string?> Maybe = Gen.Frequency((1, Gen.Const((string?)null)), (3, Inputs.QueryValue.Select(v => (string?)v)));

    private static string Query(params (string Name, string? Value)[] parameters) =>
        string.Join("&", parameters.Where(p => p.Value is not null).Select(p => p.Name + "=" + p.Value));

    [Fact]
    public Task Every_lookup_parameter_combination_is_answered_or_a_4xx_problem() =>
        SeededProperty.ForAllAsync(Gen.Select(Maybe.Array[7], Gen.Bool), 5101UL, 3000, async t =>
        {
            var (v, english) = t;
            var url = "/api/lookup?" + Query(("address", v[0]), ("district", v[1]), ("lat", v[2]), ("lon", v[3]), ("x", v[4]), ("y", v[5]), ("srid", v[6]));
            await Check(url, english);
        }, output.WriteLine);

    [Fact]
    public Task Every_streets_and_areas_parameter_is_answered_or_a_4xx_problem() =>
        // %00 in a path is refused by the server itself (Kestrel; TestServer throws): ProblemResponseTests pin that case.
        SeededProperty.ForAllAsync(Gen.Select(Maybe, Maybe, Inputs.QueryValue.Select(v => v.Replace("%00", "%01", StringComparison.Ordinal)), Gen.Int[0, 4]), 5102UL, 3000, async t =>
        {
            var (a, b, id, which) = t;
            var url = which switch
            {
                0 => "/api/streets?" + Query(("q", a), ("limit", b)),
                1 => "/api/areas?" + Query(("simplify", a)),
                2 => "/api/areas/" + id + "?" + Query(("simplify", b)),
                3 => "/api/streets/" + id + "/coverage",
                _ => "/api/partnerships/" + id,
            };
            await Check(url, false);
        }, output.WriteLine);

    [Fact]
    public Task Every_json_batch_is_answered_or_a_4xx_problem() =>
        SeededProperty.ForAllAsync(Inputs.JsonBody, 5103UL, 3000, body => Post(body, "application/json"), output.WriteLine);

    [Fact]
    public Task Every_csv_batch_is_answered_or_a_4xx_problem() =>
        SeededProperty.ForAllAsync(Gen.Select(Inputs.CsvBody, Gen.OneOf(Gen.Const("text/csv"), Gen.Const("application/csv"), Gen.Const("text/plain"),
            Gen.Const("text/csv; charset=windows-1250"), Gen.Const("text/csv; charset=iso-8859-2"), Gen.Const("text/csv; charset=x-unknown"))), 5104UL, 3000,
            t => Post(t.Item1, t.Item2), output.WriteLine);

    private async Task Check(string url, bool english)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (english) request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await _client.SendAsync(request);
        await ProblemAssertions.AssertNoServerErrorAndUsefulProblem(response, "GET " + url[..Math.Min(url.Length, 200)]);
    }

    private async Task Post(byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await _client.PostAsync("/api/lookup/batch", content);
        await ProblemAssertions.AssertNoServerErrorAndUsefulProblem(response, "POST " + contentType);
    }
}
