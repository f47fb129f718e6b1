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

    /// <summary>
    /// A client mistake answered as it should be: the status, a problem+json whose detail starts with the catalogue's
    /// sentence, and the field named — in <c>errors</c> for a 400 validation problem, as <c>field</c> otherwise.
    /// </summary>
    public static async Task AssertFieldProblem(HttpResponseMessage response, int status, string field, string detailStart)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(status == (int)response.StatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Xunit.Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        Xunit.Assert.StartsWith(detailStart, doc.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var named = status == 400 ? doc.RootElement.GetProperty("errors").TryGetProperty(field, out _) : doc.RootElement.GetProperty("field").GetString() == field;
        Xunit.Assert.True(named, $"the problem does not name '{field}': {body}");
    }
}
