using System.Net;
using System.Text;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features.Lists;

/// <summary><c>POST /api/lists/check</c> over HTTP: what a broken upload gets.</summary>
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
}
