using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>Small helpers for requests and JSON answers.</summary>
internal static class TestHttp
{
    public static HttpClient Client(this CoverageMapFactory factory, string? language = null)
    {
        var client = factory.CreateClient();
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    /// <summary>A body of raw bytes under the given Content-Type, sent as written (charset and all).</summary>
    public static ByteArrayContent Bytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public static StringContent JsonBody(string text) => new(text, Encoding.UTF8, "application/json");

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) ? string.Join(",", v)
        : response.Content.Headers.TryGetValues(name, out var c) ? string.Join(",", c) : null;

    public static string MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType ?? "";

    public static string[] Ids(this JsonElement areas) => areas.EnumerateArray().Select(a => a.GetProperty("partnershipId").GetString()!).ToArray();

    public static MediaTypeWithQualityHeaderValue Accept(string type) => new(type);
}
