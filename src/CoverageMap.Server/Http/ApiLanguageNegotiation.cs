using Microsoft.Net.Http.Headers;

namespace CoverageMap.Server.Http;

/// <summary>Chooses the <see cref="ApiLanguage"/> of a request from <c>Accept-Language</c>. Stateless.</summary>
internal static class ApiLanguageNegotiation
{
    /// <summary>
    /// English when <c>Accept-Language</c> rates some <c>en</c> range higher than every <c>pl</c> range (so
    /// <c>en</c>, <c>en-GB</c>, <c>en;q=0.9, pl;q=0.5</c>); Polish otherwise, including when the header is
    /// absent, malformed, or names neither language.
    /// </summary>
    public static ApiLanguage For(HttpRequest request)
    {
        var header = request.Headers.AcceptLanguage;
        if (header.Count == 0 || !StringWithQualityHeaderValue.TryParseList(header, out var values)) return ApiLanguage.Pl;
        double pl = -1, en = -1;
        foreach (var v in values)
        {
            var tag = v.Value.Value ?? string.Empty;
            double q = v.Quality ?? 1;
            if (tag.Equals("pl", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("pl-", StringComparison.OrdinalIgnoreCase)) pl = Math.Max(pl, q);
            else if (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase)) en = Math.Max(en, q);
        }
        return en > 0 && en > pl ? ApiLanguage.En : ApiLanguage.Pl;
    }
}
