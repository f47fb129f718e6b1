using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// Stand-ins for the two endpoints the page calls that other branches have not delivered yet, in the shapes agreed
/// for them: <c>/api/streets?q=</c> (autocomplete: street id + full name) and <c>/api/lookup?address=</c> (resolved
/// here from a three-street stand-in register, then answered by the server's real point lookup). Remove each when its real
/// endpoint is merged. Registered as a startup filter in front of the app's pipeline. Immutable, thread-safe.
/// </summary>
internal sealed class FixtureApi : IStartupFilter
{
    /// <summary>Street register stand-in: id, full name, and the partnership whose area holds its address point.</summary>
    public static readonly IReadOnlyList<(string Id, string Name, string AreaOf)> Streets =
    [
        ("23810", "ulica Wołoska", "moje-wierzbno"),
        ("20421", "ulica Juliusza Słowackiego", "marymont-kaskada"),
        ("13420", "ulica Krasińskiego", "dla-zatrasia-i-rudawki"),
    ];

    /// <summary>The stand-in address point of a street: a point inside the area it is listed with.</summary>
    public static (double Lat, double Lon) PointOf(string streetName) =>
        BrowserDataset.CentreOf(Streets.Single(s => s.Name == streetName).AreaOf);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!await TryAnswer(context)) await nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A request with this header set to <c>off</c> passes through to the real server (to test the page without them).</summary>
    public const string SwitchHeader = "X-CoverageMap-Fixture";

    private static async Task<bool> TryAnswer(HttpContext context)
    {
        if (context.Request.Headers[SwitchHeader] == "off") return false;
        var path = context.Request.Path.Value ?? "";
        var query = context.Request.Query;
        if (path == "/api/streets")
        {
            var q = (string?)query["q"] ?? "";
            var found = new JsonArray(Streets
                .Where(s => s.Name.Contains(q, StringComparison.OrdinalIgnoreCase))
                .Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["name"] = s.Name }).ToArray());
            await Write(context, 200, found.ToJsonString(), "application/json");
            return true;
        }
        if (path == "/api/lookup" && query.ContainsKey("address"))
        {
            var address = (string?)query["address"] ?? "";
            var street = Streets.FirstOrDefault(s => s.Name.Equals(address, StringComparison.OrdinalIgnoreCase));
            if (street.Name is null)
            {
                await Write(context, 404, JsonSerializer.Serialize(new { title = "Nie znaleziono", status = 404, detail = $"Nie znaleziono adresu „{address}”." }), "application/problem+json");
                return true;
            }
            // Resolved: let the server's own lookup answer for the street's point.
            var (lat, lon) = PointOf(street.Name);
            context.Request.QueryString = new QueryString(string.Create(CultureInfo.InvariantCulture, $"?lat={lat}&lon={lon}"));
            return false;
        }
        return false;
    }

    private static async Task Write(HttpContext context, int status, string json, string type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type + "; charset=utf-8";
        await context.Response.WriteAsync(json);
    }
}
