using System.ComponentModel;
using CoverageMap.Server.Features.Versions;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// <c>GET /api/lookup</c> (one point) and <c>POST /api/lookup/batch</c> (a spreadsheet of points).
/// Every request reads one dataset snapshot once: the active one, or the one <c>?version=</c> or <c>?date=</c> names
/// (<see cref="VersionSelection"/>); the answer says which version answered.
/// </summary>
internal static class LookupEndpoints
{
    public static IServiceCollection AddLookup(this IServiceCollection services)
    {
        services.AddOptions<BatchOptions>().BindConfiguration(BatchOptions.Section);
        return services;
    }

    public static RouteGroupBuilder MapLookup(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/lookup").WithTags("Lookup").RequireRateLimiting(RateLimitingExtensions.PerClientIp);

        group.MapGet("", Lookup)
            .WithName("Lookup")
            .WithSummary("Which partnership covers a point")
            .WithDescription(
                "Give lat and lon (WGS 84), or x, y and srid (2180 = PUWG 1992, 2178 = CS2000 zone 7, 4326). x is ALWAYS the " +
                "easting and y the northing (EPSG lists 2180/2178 northing first; this API does not). A point exactly on a " +
                "border is covered by every area whose border it lies on, each with relation onBorder. When no area covers the " +
                "point, 'nearest' names the nearest area and the distance in metres. Invalid input → 400 problem naming the field. " +
                "Or give address (e.g. 'Słowackiego 12A'): the answer then says which partnership(s) (areas, each with its relation), " +
                "its status, on what basis (streetRule, addressPoint, interpolation, street, streetSide, streetStretch, registry), " +
                "how sure it is (certainty), what would settle it, and the streets an ambiguous name may mean, each with its own " +
                "answer. Text that is not an address → 400 problem; an unknown street → 404 problem with suggestions. " +
                "?version={id} answers from that dataset version, ?date= from the version that served then (see /api/versions); " +
                "datasetVersion says which version answered. A bad version or date → 400, an unknown version or a date before any → 404.")
            .RequireCors(CorsPolicies.PublicRead)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/batch", LookupBatch)
            .WithName("LookupBatch")
            .WithSummary("Look up many points or addresses at once (JSON or CSV)")
            .WithDescription(
                "Body: a JSON array of rows ({lat,lon}, {x,y,srid}, {address} or {street,number}; optional district and id, " +
                "the id echoed) with Content-Type application/json, or CSV with a header row (separator ';' or ',' detected from " +
                "the header; columns lat/lon or szerokosc/dlugosc or x/y/srid, and/or adres (address), and/or ulica + numer " +
                "(street + number), optional dzielnica (district) and id) with Content-Type text/csv, application/csv or " +
                "text/plain; a CSV charset of utf-8 (default), windows-1250 or iso-8859-2 is honoured, another is a 415. " +
                "A field longer than 1,000 characters is a 400 naming the row. A row uses its address when " +
                "it has one and no coordinates. The answer has the same format, one result per input row in the same order, with " +
                "status, basis, certainty, the partnership(s) and a message, as a single answer (an unparseable address, an ambiguous " +
                "street with its alternatives or an unknown street is a status); a row with an invalid value gets its own error. " +
                "Malformed JSON/CSV → 400 naming the row " +
                "and line. Limits (configurable): 100,000 rows and 32 MiB per request → 413. CSV answers use the input's " +
                "separator, and decimal commas when it is ';'. CORS is open: a batch only reads. ?version= or ?date= as for a single " +
                "lookup; every row is answered by one version, named by the X-Dataset-Version header.")
            .Accepts<IReadOnlyList<BatchPointDto>>("application/json", BatchContentType.CsvMediaTypes)
            .Produces<IReadOnlyList<BatchResultDto>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireCors(CorsPolicies.PublicLookup);

        return group;
    }

    internal static async Task<Results<Ok<LookupResponse>, Ok<AddressLookupResponse>, ValidationProblem, ProblemHttpResult>> Lookup(
        [FromQuery, Description("An address as a person types it (e.g. 'ul. Słowackiego 12A, 01-627 Warszawa'); instead of a point. Answered by a street rule, an address point or the street (see 'basis').")] string? address,
        [FromQuery, Description("With address: the district (dzielnica) the street is in, to choose between same-named streets (e.g. 'Żoliborz').")] string? district,
        [FromQuery, Description("Latitude in degrees, WGS 84 (e.g. 52.2297; a decimal comma is accepted). Use with lon.")] string? lat,
        [FromQuery, Description("Longitude in degrees, WGS 84 (e.g. 21.0122). Use with lat.")] string? lon,
        [FromQuery, Description("Easting (metres in EPSG:2180/2178; longitude for srid 4326). x is ALWAYS the easting. Use with y and srid.")] string? x,
        [FromQuery, Description("Northing (metres in EPSG:2180/2178; latitude for srid 4326). y is ALWAYS the northing. Use with x and srid.")] string? y,
        [FromQuery, Description("Coordinate system of x/y: 4326, 2180 (PUWG 1992) or 2178 (CS2000 zone 7).")] string? srid,
        [FromQuery, Description("Answer from this dataset version (an id from /api/versions) instead of the active one.")] string? version,
        [FromQuery, Description("Answer from the version that served at this date: YYYY-MM-DD (the start of that day, Warsaw time) or an ISO 8601 date and time.")] string? date,
        VersionedAnswers versions,
        IStringLocalizer<VersionCatalogue> versionText,
        TimeProvider clock,
        AnswerMapper mapper,
        HttpContext context)
    {
        var choice = await VersionSelection.ChooseAsync(version, date, versions, versionText, clock, ApiLanguageNegotiation.For(context.Request), context.RequestAborted);
        if (choice.Invalid is { } invalid) return invalid;
        if (choice.Missing is { } missing) return missing;
        var facts = choice.Answers!;
        if (address is not null && lat is null && lon is null && x is null && y is null)
            return AddressLookup.Handle(address, district, facts, mapper, context) switch
            {
                { Result: Ok<AddressLookupResponse> ok } => ok,
                { Result: ProblemHttpResult problem } => problem,
                _ => throw new InvalidOperationException("unexpected result"),
            };
        var errors = new List<FieldError>();
        if (!PointParser.TryParse(new PointFields(lat, lon, x, y, srid), errors, out double latitude, out double longitude))
            return ApiProblems.Validation(errors, ApiLanguageNegotiation.For(context.Request));
        return TypedResults.Ok(mapper.Point(facts.Snapshot.Index.Locate(latitude, longitude), facts));
    }

    internal static async Task<Results<BatchLookupResult, ValidationProblem, ProblemHttpResult>> LookupBatch(
        [FromQuery, Description("Answer every row from this dataset version (an id from /api/versions) instead of the active one.")] string? version,
        [FromQuery, Description("Answer every row from the version that served at this date: YYYY-MM-DD (the start of that day, Warsaw time) or an ISO 8601 date and time.")] string? date,
        HttpContext context, VersionedAnswers versions, IStringLocalizer<VersionCatalogue> versionText, TimeProvider clock,
        AnswerMapper mapper, IOptions<BatchOptions> options, ILoggerFactory loggers)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        var choice = await VersionSelection.ChooseAsync(version, date, versions, versionText, clock, lang, context.RequestAborted);
        if (choice.Invalid is { } invalid) return invalid;
        if (choice.Missing is { } missing) return missing;
        var facts = choice.Answers!;
        var limits = options.Value;
        if (context.Request.ContentLength > limits.MaxBodyBytes) return BodyTooLarge(lang, limits);
        // The limit is enforced below, for bodies of known and unknown length alike.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = null;
        var body = new LimitedReadStream(context.Request.Body, limits.MaxBodyBytes);
        MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType);
        var kind = BatchContentType.Of(contentType);
        try
        {
            switch (kind)
            {
                case BatchContentKind.Json when BatchContentType.Charset(contentType) is null or "utf-8" or "utf8":
                {
                    var rows = await BatchJsonReader.ReadAsync(body, limits.MaxRows, lang, context.RequestAborted);
                    return new BatchLookupResult(rows, facts, mapper, lang, null);
                }
                case BatchContentKind.Json:
                    return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ApiText.StatusTitle(lang, 415)!,
                        ApiText.UnsupportedCharset(lang, BatchContentType.Charset(contentType)!, ["utf-8"]));
                case BatchContentKind.Csv:
                {
                    if (!BatchContentType.TryEncoding(contentType, out var encoding))
                        return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ApiText.StatusTitle(lang, 415)!,
                            ApiText.UnsupportedCharset(lang, BatchContentType.Charset(contentType)!, BatchContentType.CsvCharsets));
                    var batch = await BatchCsvReader.ReadAsync(body, limits.MaxRows, lang, context.RequestAborted, encoding);
                    return new BatchLookupResult(batch.Rows, facts, mapper, lang, batch);
                }
                default:
                    return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ApiText.StatusTitle(lang, 415)!, ApiText.UnsupportedMediaType(lang, context.Request.ContentType));
            }
        }
        catch (BatchInputException e)
        {
            var extensions = new Dictionary<string, object?>();
            if (e.Row is int row) extensions["row"] = row;
            if (e.Line is long line) extensions["line"] = line;
            return ApiProblems.Problem(e.Status, e.Title, e.Message, extensions);
        }
        catch (Exception e) when (IsBodyTooLarge(e))
        {
            return BodyTooLarge(lang, limits);
        }
        catch (Exception e) when (ClientWentAway(e, context))
        {
            // Not a server failure: one line at Information, no stack trace. The 400 reaches the client if it still listens.
            loggers.CreateLogger(typeof(LookupEndpoints)).LogInformation("Batch body not completed: the client went away ({Reason}).", e.Message);
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.BodyIncomplete(lang));
        }
    }

    /// <summary>The client disconnected or stopped sending mid-body (Kestrel's "Unexpected end of request content", a reset, an abort).</summary>
    private static bool ClientWentAway(Exception e, HttpContext context) =>
        context.RequestAborted.IsCancellationRequested
        || e is Microsoft.AspNetCore.Connections.ConnectionResetException
        || (e is BadHttpRequestException b && b.StatusCode == StatusCodes.Status400BadRequest);

    private static ProblemHttpResult BodyTooLarge(ApiLanguage lang, BatchOptions limits) =>
        ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, ApiText.TooLargeTitle(lang), ApiText.BodyTooLarge(lang, limits.MaxBodyBytes));

    private static bool IsBodyTooLarge(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BodyTooLargeException || (e is BadHttpRequestException b && b.StatusCode == StatusCodes.Status413PayloadTooLarge)) return true;
        return false;
    }
}
