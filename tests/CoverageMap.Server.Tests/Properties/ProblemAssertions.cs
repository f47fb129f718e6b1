using System.Net;
using System.Text.Json;

namespace CoverageMap.Server.Tests.Properties;

/// <summary>The contract every answer keeps: never a 5xx; every 4xx a problem+json with type, title and detail.</summary>
internal static class ProblemAssertions
{
    public static async Task AssertNoServerErrorAndUsefulProblem(HttpResponseMessage response, string what)
    {
        int status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500) throw new Xunit.Sdk.XunitException($"{what}: {status} {body}");
        if (status < 400 || response.StatusCode == HttpStatusCode.NotModified) return;
        if (response.RequestMessage?.Method == HttpMethod.Head) return;   // a HEAD answer has no body by definition
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != "application/problem+json") throw new Xunit.Sdk.XunitException($"{what}: {status} with {mediaType ?? "no"} body '{body}'");
        using var doc = JsonDocument.Parse(body);
        foreach (var member in new[] { "type", "title", "detail" })
            if (!doc.RootElement.TryGetProperty(member, out var v) || string.IsNullOrWhiteSpace(v.GetString()))
                throw new Xunit.Sdk.XunitException($"{what}: {status} problem without '{member}': {body}");
    }
}
