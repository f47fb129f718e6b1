using System.ComponentModel;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Features.MapPage;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// Lists of addresses (issue 10, item 4): the page <c>/lista</c> ("Sprawdź listę adresów") and
/// <c>POST /api/lists/check</c>, which takes a CSV or XLSX file (a form's <c>file</c> field, or the file as the body)
/// and answers with the summary (JSON) or the whole list with the four added columns (<c>format=csv</c> or
/// <c>xlsx</c>). The engine is <see cref="ListCheck"/>, the same one <c>coveragemap batch</c> runs. A file that cannot
/// be checked is a problem with a sentence saying what to do and nothing else: the result is built in memory before a
/// byte of it is sent.
/// </summary>
internal static class ListsEndpoints
{
    /// <summary>How many rows the JSON answer lists (attention first); the downloads have them all.</summary>
    public const int RowsListed = 500;

    public static IServiceCollection AddLists(this IServiceCollection services)
    {
        services.AddOptions<ListOptions>().BindConfiguration(ListOptions.Section);
        services.AddSingleton<ListCheck>();
        return services;
    }

    public static WebApplication MapLists(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MapPageOptions>>().Value;
        var csp = ContentSecurityPolicy.For(options.TileUrl, "'self'");
        app.MapGet("/lista", (HttpContext http, IWebHostEnvironment env) => MapPageEndpoints.Page(http, env, "lista.html", csp)).ExcludeFromDescription();

        var group = app.MapGroup("/api/lists").WithTags("Lists").RequireRateLimiting(RateLimitingExtensions.PerClientIp);
        group.MapGet("/limits", GetLimits).WithName("GetListLimits")
            .WithSummary("The limits of a list of addresses: most rows and largest file (bytes)");
        group.MapPost("/check", Check).WithName("CheckList")
            .WithSummary("Check a list of addresses (CSV or XLSX): the summary, or the list with Partnerstwo, Pewność, Podstawa and Uwagi added")
            .WithDescription(
                "Body: a multipart form with the file in the field 'file', or the file itself (any media type: text/csv, " +
                "application/csv, text/plain …). CSV in UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, " +
                "Windows-1250 or ISO-8859-2 (detected: text that is not valid UTF-8 is Windows-1250, or ISO-8859-2 when its " +
                "ą ś ź Ą Ś Ź are ISO-8859-2's; a declared charset=windows-1250 or iso-8859-2 is taken as declared, another " +
                "than these and utf-8 is a 415), separator ';', ',' or tab (detected), first row the column names; or an XLSX workbook (its first " +
                "sheet). The address column is recognised by its name (Adres/Address, or Ulica/Street + Numer/Nr/Number, optional " +
                "Dzielnica/District) or chosen with address=, or street= and number=, naming a column. format=json (the default) " +
                "answers with the summary and the first 500 rows, those needing attention first; with Accept: application/x-ndjson it " +
                "answers as it goes, one JSON object a line (NDJSON): {\"type\":\"progress\",\"progress\":{\"done\",\"total\",\"text\"}} " +
                "at once and then after every twentieth of the rows (at least 1,000) while they are answered (text: \"Sprawdzono 12 000 z " +
                "100 000 wierszy\"), " +
                "and last {\"type\":\"result\",\"result\":{the same summary}}; a file that cannot be checked is still a problem " +
                "with its status, before any line. format=csv answers with the whole " +
                "list in the file's encoding (UTF-8 always with a byte order mark) and separator, format=xlsx as a workbook: every " +
                "original column kept, in the file's order, and the four columns added (in English with lang=en). A file that " +
                "cannot be checked → 400 (not CSV/XLSX, broken, empty), 413 (over the limits of GET /api/lists/limits) or 422 (no " +
                "address column: the problem lists the file's columns).")
            .Accepts<IFormFile>("multipart/form-data", "text/csv", "application/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream")
            // Its 200 in each media type (JSON, NDJSON, CSV, XLSX) is written into the document by ApiDocsExtensions.
            .Produces<ListCheckResponse>(StatusCodes.Status200OK, "application/json", ListProgressStream.MediaType, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery();
        return app;
    }

    internal static Ok<ListLimitsDto> GetLimits(IOptions<ListOptions> options) =>
        TypedResults.Ok(new ListLimitsDto(options.Value.MaxRows, options.Value.MaxBytes));

    internal static async Task<IResult> Check(HttpContext context, ActiveDatasetHolder holder, AddressResolverProvider addresses, ListCheck engine, IOptions<ListOptions> options,
        [Description("json (the summary, the default), csv or xlsx (the whole list with the added columns)")] string? format,
        [Description("The column holding the whole address, by its name in the file")] string? address,
        [Description("The column holding the street (with number=, the house number's column)")] string? street,
        [Description("The column holding the house number")] string? number,
        [Description("The column holding the district")] string? district,
        [Description("The file's name, when the body is the file itself")] string? name)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        var limits = options.Value;
        format = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (format is not ("json" or "csv" or "xlsx"))
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, ListText.Text(lang, "ProblemTitle"), ListText.Text(lang, "UnknownFormat", format),
                new Dictionary<string, object?> { ["field"] = "format" });
        // A form's boundaries and fields around the file: 64 KiB more than the file may have.
        long bodyLimit = limits.MaxBytes + 64 * 1024;
        if (context.Request.ContentLength > bodyLimit) return Problem(lang, new ListFileException(ListProblem.TooLarge, ListText.Text(lang, "TooLarge", ListFileReader.Megabytes(lang, limits.MaxBytes))));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = bodyLimit;
        try
        {
            var (bytes, fileName, contentType) = await ReadFileAsync(context, bodyLimit, name, lang);
            var facts = addresses.Get(holder.Current);
            var (table, columns) = ListCheck.Read(bytes, limits, lang, new ListColumnChoice(address, street, number, district), DeclaredEncoding(contentType, lang));
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Dataset-Version"] = facts.Snapshot.Dataset.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (format == "json" && ListProgressStream.Wanted(context.Request))
            {
                await ListProgressStream.WriteAsync(context.Response, table.Rows.Count, lang, afterSlice => engine.RunInSlicesAsync(table, columns, facts, lang, afterSlice, context.RequestAborted),
                    result => ListCheckResponse.From(result, fileName, RowsListed), context.RequestAborted);
                return TypedResults.Empty;
            }
            var result = engine.Run(table, columns, facts, lang);
            var stem = Path.GetFileNameWithoutExtension(fileName);
            if (string.IsNullOrWhiteSpace(stem)) stem = "lista";
            var suffix = ListText.Text(lang, "ResultSuffix");
            switch (format)
            {
                case "csv":
                {
                    var buffer = new MemoryStream();
                    ListFileWriter.WriteCsv(result, buffer);
                    var charset = result.Table.Format != ListFileFormat.Csv ? "utf-8" : result.Table.Encoding switch
                    {
                        ListTextEncoding.Windows1250 => "windows-1250",
                        ListTextEncoding.Iso88592 => "iso-8859-2",
                        ListTextEncoding.Utf16 => "utf-16",
                        _ => "utf-8",
                    };
                    return TypedResults.File(buffer.ToArray(), "text/csv; charset=" + charset, $"{stem}-{suffix}.csv");
                }
                case "xlsx":
                {
                    var buffer = new MemoryStream();
                    await ListFileWriter.WriteXlsxAsync(result, buffer, context.RequestAborted);
                    return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{stem}-{suffix}.xlsx");
                }
                default:
                    return TypedResults.Ok(ListCheckResponse.From(result, fileName, RowsListed));
            }
        }
        catch (ListFileException e)
        {
            return Problem(lang, e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(lang, new ListFileException(ListProblem.TooLarge, ListText.Text(lang, "TooLarge", ListFileReader.Megabytes(lang, limits.MaxBytes))));
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            // A multipart body that is broken (no closing boundary, not multipart at all) or over the form's own limits.
            return Problem(lang, new ListFileException(ListProblem.Malformed, ListText.Text(lang, "BrokenForm")));
        }
    }

    /// <summary>
    /// The CSV charset the client declared on the file (the body's Content-Type, or the form part's, as for
    /// <c>POST /api/lookup/batch</c>): Windows-1250 or ISO-8859-2, read as declared; null for none or UTF-8 (detected,
    /// so a UTF-8 label on Windows-1250 bytes still reads right). Any other charset is a 415 problem naming the ones read.
    /// </summary>
    private static ListTextEncoding? DeclaredEncoding(string? contentType, ApiLanguage lang)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return null;
        if (!BatchContentType.TryEncoding(media, out var encoding))
            throw new ListFileException(ListProblem.UnsupportedCharset, ApiText.UnsupportedCharset(lang, BatchContentType.Charset(media)!, BatchContentType.CsvCharsets));
        return encoding?.CodePage switch
        {
            1250 => ListTextEncoding.Windows1250,
            28592 => ListTextEncoding.Iso88592,
            _ => null,
        };
    }

    private static async Task<(byte[] Bytes, string FileName, string? ContentType)> ReadFileAsync(HttpContext context, long limit, string? name, ApiLanguage lang)
    {
        var request = context.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 16 }, context.RequestAborted);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                ?? throw new ListFileException(ListProblem.Empty, ListText.Text(lang, "NoFile"));
            using var copy = new MemoryStream((int)Math.Min(file.Length, limit));
            await file.CopyToAsync(copy, context.RequestAborted);
            return (copy.ToArray(), file.FileName, file.ContentType);
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        return (body.ToArray(), name ?? "lista", request.ContentType);
    }

    private static ProblemHttpResult Problem(ApiLanguage lang, ListFileException e)
    {
        var status = e.Problem switch
        {
            ListProblem.TooLarge or ListProblem.TooManyRows => StatusCodes.Status413PayloadTooLarge,
            ListProblem.NoAddressColumn => StatusCodes.Status422UnprocessableEntity,
            ListProblem.UnsupportedCharset => StatusCodes.Status415UnsupportedMediaType,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["problem"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Problem.ToString()) };
        if (e.Columns is { } columns) extensions["columns"] = columns.Select((c, i) => ListColumns.Name(columns, i)).ToArray();
        return ApiProblems.Problem(status, ListText.Text(lang, "ProblemTitle"), e.Message, extensions);
    }
}
