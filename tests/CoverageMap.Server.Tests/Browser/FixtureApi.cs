using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// The API endpoints the page calls that are not on this branch yet, answered from a small inline dataset in the
/// shapes agreed for them (issue #4): <c>/api/areas</c>, <c>/api/partnerships</c>, <c>/api/lookup?lat=&amp;lon=</c>
/// (lookup branch), <c>/api/streets?q=</c> and <c>/api/lookup?address=</c> (to come). Six synthetic, non-overlapping
/// rectangles named like the five real partnerships, plus a partnership whose name is an HTML injection attempt.
/// Registered as a startup filter, in front of the app's own pipeline. Immutable, thread-safe.
/// </summary>
internal sealed class FixtureApi : IStartupFilter
{
    public const string XssId = "xss-test";
    public const string XssName = "<img src=x onerror=alert(1)>";

    /// <summary>South, west, north, east.</summary>
    public static readonly IReadOnlyDictionary<string, (double S, double W, double N, double E)> Boxes = new Dictionary<string, (double, double, double, double)>
    {
        ["dla-zatrasia-i-rudawki"] = (52.262, 20.955, 52.270, 20.972),
        ["marymont-kaskada"] = (52.270, 20.972, 52.278, 20.990),
        ["zoliborz-oficerski"] = (52.262, 20.990, 52.270, 21.005),
        ["sady-zoliborskie"] = (52.254, 20.972, 52.262, 20.990),
        ["moje-wierzbno"] = (52.190, 20.995, 52.205, 21.020),
        [XssId] = (52.210, 21.030, 52.216, 21.042),
    };

    /// <summary>Street register fixture: id, full name, and an address point on it.</summary>
    public static readonly IReadOnlyList<(string Id, string Name, double Lat, double Lon)> Streets =
    [
        ("23810", "ulica Wołoska", 52.1975, 21.0000),
        ("20421", "ulica Juliusza Słowackiego", 52.2740, 20.9810),
        ("13420", "ulica Krasińskiego", 52.2660, 20.9800),
    ];

    private readonly JsonArray partnerships;
    private readonly string areasJson;
    private readonly string partnershipsJson;

    public FixtureApi(string registryPath)
    {
        var registry = JsonNode.Parse(File.ReadAllText(registryPath))!;
        partnerships = registry["partnerships"]!.AsArray().DeepClone().AsArray();
        partnerships.Add(new JsonObject
        {
            ["id"] = XssId,
            ["name"] = XssName,
            ["fullName"] = "Partnerstwo " + XssName,
            ["formerNames"] = new JsonArray(new JsonObject { ["name"] = "<script>alert(2)</script>", ["from"] = 2015, ["to"] = 2016 }),
            ["district"] = "<b>Mokotów</b>",
            ["founded"] = "2015-03-14",
            ["coordinator"] = "<a href=javascript:alert(3)>OPS</a>",
            ["members"] = new JsonArray("<svg onload=alert(4)>"),
            ["contact"] = new JsonObject { ["organisation"] = "<i>Org</i>", ["email"] = "x@example.invalid" },
            ["description"] = "<img src=y onerror=alert(5)>",
        });
        partnershipsJson = partnerships.ToJsonString();

        var features = new JsonArray();
        foreach (var (id, box) in Boxes)
        {
            var name = NameOf(id);
            var ring = new JsonArray(Pt(box.W, box.S), Pt(box.E, box.S), Pt(box.E, box.N), Pt(box.W, box.N), Pt(box.W, box.S));
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject
                {
                    ["partnershipId"] = id,
                    ["name"] = name,
                    ["provenance"] = new JsonObject
                    {
                        ["method"] = "test-rectangle",
                        ["basis"] = id == "moje-wierzbno" ? "msi" : "source",
                        ["network"] = "test fixture",
                        ["estimatedAccuracyMetres"] = id == XssId ? 5 : 40,
                        ["approximate"] = id != XssId,
                        ["notes"] = new JsonArray(id == XssId ? "<b>note</b>" : "synthetic rectangle"),
                    },
                },
                ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) },
            });
        }
        areasJson = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString();
    }

    public static (double Lat, double Lon) CentreOf(string id)
    {
        var b = Boxes[id];
        return ((b.S + b.N) / 2, (b.W + b.E) / 2);
    }

    private string NameOf(string id) =>
        partnerships.First(p => (string?)p!["id"] == id)!["name"]!.GetValue<string>();

    private static JsonArray Pt(double lon, double lat) => new(lon, lat);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!await TryAnswer(context)) await nextMiddleware(context);
        });
        next(app);
    };

    private async Task<bool> TryAnswer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var query = context.Request.Query;
        switch (path)
        {
            case "/api/areas":
                await Write(context, areasJson, "application/geo+json");
                return true;
            case "/api/partnerships":
                await Write(context, partnershipsJson, "application/json");
                return true;
            case "/api/streets":
                var q = (string?)query["q"] ?? "";
                var found = new JsonArray(Streets
                    .Where(s => s.Name.Contains(q, StringComparison.OrdinalIgnoreCase))
                    .Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["name"] = s.Name }).ToArray());
                await Write(context, found.ToJsonString(), "application/json");
                return true;
            case "/api/lookup" when query.ContainsKey("address"):
                var address = (string?)query["address"] ?? "";
                var street = Streets.FirstOrDefault(s => s.Name.Equals(address, StringComparison.OrdinalIgnoreCase));
                if (street.Name is null)
                {
                    context.Response.StatusCode = 404;
                    await Write(context, JsonSerializer.Serialize(new { title = "Address not found", status = 404, detail = $"Nie znaleziono adresu „{address}”." }), "application/problem+json");
                    return true;
                }
                await Write(context, Lookup(street.Lat, street.Lon).ToJsonString(), "application/json");
                return true;
            case "/api/lookup":
                var lat = double.Parse((string?)query["lat"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                var lon = double.Parse((string?)query["lon"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                await Write(context, Lookup(lat, lon).ToJsonString(), "application/json");
                return true;
            default:
                return false;
        }
    }

    private JsonObject Lookup(double lat, double lon)
    {
        var inside = Boxes.Where(b => lat >= b.Value.S && lat <= b.Value.N && lon >= b.Value.W && lon <= b.Value.E).Select(b => b.Key).ToList();
        var result = new JsonObject
        {
            ["covered"] = inside.Count > 0,
            ["onBoundary"] = false,
            ["areas"] = new JsonArray(inside.Select(id => (JsonNode)new JsonObject { ["partnershipId"] = id, ["name"] = NameOf(id), ["onBoundary"] = false }).ToArray()),
            ["point"] = new JsonObject { ["lat"] = lat, ["lon"] = lon },
        };
        if (inside.Count == 0)
        {
            var (id, metres) = Boxes.Select(b => (b.Key, Distance(lat, lon, b.Value))).MinBy(x => x.Item2);
            result["nearest"] = new JsonObject { ["partnershipId"] = id, ["name"] = NameOf(id), ["distanceMetres"] = Math.Round(metres, 1) };
        }
        return result;
    }

    private static double Distance(double lat, double lon, (double S, double W, double N, double E) b)
    {
        var clat = Math.Clamp(lat, b.S, b.N);
        var clon = Math.Clamp(lon, b.W, b.E);
        var dy = (lat - clat) * 111_320;
        var dx = (lon - clon) * 111_320 * Math.Cos(lat * Math.PI / 180);
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private static async Task Write(HttpContext context, string json, string type)
    {
        context.Response.ContentType = type + "; charset=utf-8";
        await context.Response.WriteAsync(json);
    }
}
