using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoverageMap.Server.Tests.Features.Editor;

/// <summary>The editor's requests as the page sends them, built from plain JSON. Stateless.</summary>
internal static class EditorRequests
{
    public const string SadySentence = "Zasięgiem działania obejmuje rejon w obszarze ulic: Włościańską, Słowackiego, Popiełuszki i Broniewskiego.";

    /// <summary>Wierzbno as MSI bounds it on three sides, without the street along the escarpment: the ring stays open.</summary>
    public const string WierzbnoWithoutEast = "Zasięgiem działania obejmuje rejon ograniczony ulicami: Racławicka, Woronicza, Wołoska.";

    public static JsonObject Boundary(string? description, IEnumerable<JsonObject> streets, double gap = 0, JsonNode? geometry = null) => new()
    {
        ["description"] = description,
        ["streets"] = new JsonArray([.. streets]),
        ["extras"] = new JsonArray(),
        ["gapToleranceMetres"] = gap,
        ["geometry"] = geometry,
    };

    public static JsonObject Street(string name, string? why = null) => why is null
        ? new JsonObject { ["name"] = name, ["inSource"] = true }
        : new JsonObject { ["name"] = name, ["inSource"] = false, ["why"] = why };

    public static JsonObject Build(string partnership, JsonObject boundary) => new() { ["partnershipId"] = partnership, ["boundary"] = boundary.DeepClone() };

    public static JsonObject Draft(string partnership, JsonObject boundary, string reason, JsonObject? facts = null) =>
        new() { ["partnershipId"] = partnership, ["boundary"] = boundary.DeepClone(), ["reason"] = reason, ["facts"] = facts?.DeepClone() };

    /// <summary>A square of the given size (degrees) around a point, as a GeoJSON polygon.</summary>
    public static JsonObject Square(double lat, double lon, double half) => new()
    {
        ["type"] = "Polygon",
        ["coordinates"] = new JsonArray(new JsonArray(
            Pt(lon - half, lat - half), Pt(lon + half, lat - half), Pt(lon + half, lat + half), Pt(lon - half, lat + half), Pt(lon - half, lat - half))),
    };

    private static JsonArray Pt(double lon, double lat) => new(lon, lat);

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, JsonNode body) => client.PostAsJsonAsync(path, body);
}
