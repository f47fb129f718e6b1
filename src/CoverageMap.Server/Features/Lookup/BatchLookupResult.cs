using System.Globalization;
using System.Text.Json;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using CsvHelper;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Writes a batch answer as it is computed — one result per input row, in input order, in the input's format
/// (JSON array or CSV with the input's separator) — flushing every <see cref="FlushEvery"/> rows, so the whole
/// answer is never held in memory. All rows are answered from one dataset snapshot.
/// </summary>
/// <remarks>CSV answers start with a UTF-8 BOM (Excel then reads Polish letters right; text that a spreadsheet would run as a formula is escaped by CsvHelper) and, when the separator is
/// <c>;</c>, write decimal commas, as Polish spreadsheets expect. Columns: <c>id</c> (when the input had one),
/// <c>lat</c>, <c>lon</c>, <c>covered</c>, <c>onBoundary</c>, <c>partnershipIds</c> and <c>names</c> (several
/// joined with <c>|</c>), <c>nearestPartnershipId</c>, <c>nearestName</c>, <c>distanceMetres</c>, <c>error</c>.</remarks>
internal sealed class BatchLookupResult(IReadOnlyList<BatchRow> rows, ActiveDataset snapshot, ApiLanguage lang, CsvBatch? csv) : IResult
{
    public const int FlushEvery = 1000;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Dataset-Version"] = snapshot.Dataset.Version.ToString(CultureInfo.InvariantCulture);
        if (csv is null) await WriteJsonAsync(response, httpContext.RequestAborted);
        else await WriteCsvAsync(response, csv, httpContext.RequestAborted);
    }

    private async Task WriteJsonAsync(HttpResponse response, CancellationToken ct)
    {
        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartArray();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            BatchResultDto dto;
            if (row.Errors is { } errors)
                dto = new BatchResultDto(row.JsonId, null, null, null, null, null, ToError(errors));
            else
            {
                var r = snapshot.Index.Locate(row.Latitude, row.Longitude);
                dto = new BatchResultDto(row.JsonId, r.Covered, r.OnBoundary, LookupMapper.ToHits(r), LookupMapper.ToNearest(r),
                    new LatLonDto(r.Latitude, r.Longitude), null);
            }
            JsonSerializer.Serialize(writer, dto, ApiJson.Compact);
            if ((i + 1) % FlushEvery == 0)
            {
                await writer.FlushAsync(ct);
                await response.BodyWriter.FlushAsync(ct);
            }
        }
        writer.WriteEndArray();
        await writer.FlushAsync(ct);
        await response.BodyWriter.FlushAsync(ct);
    }

    private async Task WriteCsvAsync(HttpResponse response, CsvBatch batch, CancellationToken ct)
    {
        response.ContentType = "text/csv; charset=utf-8";
        bool comma = batch.Delimiter == ';';
        var options = new CsvWriterOptions { Separator = batch.Delimiter, WriteByteOrderMark = true, TrueValue = "true", FalseValue = "false" };
        await using var csv = CsvWriter.Create(response.Body, options, true);
        if (batch.HasId) csv.WriteField("id");
        foreach (var h in new[] { "lat", "lon", "covered", "onBoundary", "partnershipIds", "names", "nearestPartnershipId", "nearestName", "distanceMetres", "error" })
            csv.WriteField(h);
        await csv.EndRecordAsync(ct);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (batch.HasId) csv.WriteField(row.TextId ?? "");
            if (row.Errors is { } errors)
            {
                for (int k = 0; k < 9; k++) csv.WriteField("");
                csv.WriteField(ToError(errors).Message);
            }
            else
            {
                var r = snapshot.Index.Locate(row.Latitude, row.Longitude);
                csv.WriteField(Number(r.Latitude, "0.#######", comma));
                csv.WriteField(Number(r.Longitude, "0.#######", comma));
                csv.WriteField(r.Covered);
                csv.WriteField(r.OnBoundary);
                csv.WriteField(string.Join('|', r.Areas.Select(a => a.PartnershipId)));
                csv.WriteField(string.Join('|', r.Areas.Select(a => a.Name)));
                csv.WriteField(r.Nearest?.PartnershipId ?? "");
                csv.WriteField(r.Nearest?.Name ?? "");
                csv.WriteField(r.Nearest is { } n ? Number(Math.Round(n.DistanceMetres, 1), "0.0", comma) : "");
                csv.WriteField("");
            }
            await csv.EndRecordAsync(ct);
            if ((i + 1) % FlushEvery == 0) await csv.FlushAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private BatchRowErrorDto ToError(FieldError[] errors) =>
        new(errors.Select(e => e.Field).Distinct().ToArray(), string.Join(" ", errors.Select(e => ApiText.Describe(e, lang)).Distinct()));

    private static string Number(double v, string format, bool decimalComma)
    {
        var s = v.ToString(format, CultureInfo.InvariantCulture);
        return decimalComma ? s.Replace('.', ',') : s;
    }
}
