using System.ComponentModel;
using System.Globalization;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoverageMap.Server.Features.Streets;

/// <summary>
/// <c>GET /api/streets?q=</c> (autocomplete over the official street register) and <c>GET /api/streets/{id}/coverage</c>
/// (the areas a street runs through or along). Both read data built once at start or once per dataset snapshot
/// (<see cref="AddressResolverProvider"/>); no request builds an index.
/// </summary>
internal static class StreetEndpoints
{
    public const int MaxQueryLength = 100;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>Suggestions change only with the register, which is loaded at start: browsers and proxies may reuse them a while.</summary>
    public const string SuggestCacheControl = "public, max-age=300";

    public static RouteGroupBuilder MapStreets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/streets").WithTags("Streets")
            .RequireRateLimiting(RateLimitingExtensions.PerClientIp).RequireCors(CorsPolicies.PublicRead);

        group.MapGet("", Suggest)
            .WithName("SuggestStreets")
            .WithSummary("Autocomplete over Warsaw's official street names")
            .WithDescription(
                "Streets with a word starting with the last typed word; diacritics optional ('zajaczk' finds Generała Józefa " +
                "Zajączka), a typed street type narrows ('pl. wil' finds Plac Wilsona). Streets of one name in several districts " +
                "('mick') are listed separately, each with its districts. 'point' is a representative point of the street when " +
                "the server's street network knows it. Invalid q or limit → 400 problem naming the field.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/{id}/coverage", Coverage)
            .WithName("GetStreetCoverage")
            .WithSummary("Which partnership areas a street runs through or along")
            .WithDescription(
                "The areas the street runs through or along, with the length in metres inside each and along its border; " +
                "borderStreet=true when the street runs along an area's border (its two sides may belong to different " +
                "partnerships). When the street network does not know where the street runs, known=false and the message " +
                "says so. Unknown id → 404 problem.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return group;
    }

    internal static Results<Ok<IReadOnlyList<StreetDto>>, ValidationProblem> Suggest(
        [FromQuery, Description("What was typed: the start of a street name, diacritics optional, with or without a type (e.g. 'zajaczk', 'pl. wil', 'mick'). 1–100 characters.")] string? q,
        [FromQuery, Description("Most suggestions to return: 1–50, default 10.")] string? limit,
        AddressResolverProvider provider,
        HttpContext context)
    {
        var errors = new List<FieldError>();
        var text = q?.Trim();
        if (string.IsNullOrEmpty(text)) errors.Add(new FieldError("q", FieldErrorKind.Missing));
        else if (text.Length > MaxQueryLength)
            errors.Add(new FieldError("q", FieldErrorKind.TooLong, text.Length.ToString(CultureInfo.InvariantCulture), MaxQueryLength.ToString(CultureInfo.InvariantCulture)));
        int take = DefaultLimit;
        if (limit is not null)
        {
            var l = limit.Trim();
            if (!int.TryParse(l, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
                errors.Add(new FieldError("limit", FieldErrorKind.NotAnInteger, l.Length <= 40 ? l : l[..40] + "…", $"1…{MaxLimit}"));
            else if (take is < 1 or > MaxLimit)
                errors.Add(new FieldError("limit", FieldErrorKind.OutOfRange, l, $"1…{MaxLimit}"));
        }
        if (errors.Count > 0) return ApiProblems.Validation(errors, ApiLanguageNegotiation.For(context.Request));

        var data = provider.Data;
        var streets = data.Register.Suggest(text!, take);
        context.Response.Headers.CacheControl = SuggestCacheControl;
        return TypedResults.Ok<IReadOnlyList<StreetDto>>(streets.Select(s => StreetMapper.ToDto(s, data.StreetPoints.Find(s.Id))).ToList());
    }

    internal static Results<Ok<StreetCoverageResponse>, ProblemHttpResult> Coverage(
        [Description("The street's id, as /api/streets gives it (e.g. 'ulica-wołoska' or a TERYT ULIC code).")] string id,
        ActiveDatasetHolder holder,
        AddressResolverProvider provider,
        HttpContext context)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        var data = provider.Data;
        if (data.Register.Find(id) is not { } street) return ApiProblems.NotFound(lang, "street", id);
        var snapshot = holder.Current;
        var sharing = data.StreetPoints.SameNameCount(id);
        var coverage = sharing > 1 ? null : provider.CoverageFor(snapshot).Find(data.StreetPoints.KeyOf(id)!);
        context.Response.Headers.CacheControl = HttpCaching.CacheControl;
        return TypedResults.Ok(StreetMapper.ToCoverage(street, coverage, sharing, snapshot.Dataset, lang));
    }
}
