using System.Globalization;
using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using CsvHelper;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Writes a batch answer as it is computed — one result per input row, in input order, in the input's format
/// (JSON array or CSV with the input's separator) — flushing every <see cref="FlushEvery"/> rows, so the whole
/// answer is never held in memory. All rows are answered from one dataset snapshot (points by its index, addresses by
/// its <see cref="AddressResolver"/>).
/// </summary>
/// <remarks>CSV answers start with a UTF-8 BOM (Excel then reads Polish letters right; text that a spreadsheet would run as a formula is escaped by CsvHelper) and, when the separator is
/// <c>;</c>, write decimal commas, as Polish spreadsheets expect. Columns: <c>id</c> (when the input had one),
/// <c>address</c> (when the input had address columns), <c>lat</c>, <c>lon</c>, <c>status</c>, <c>basis</c>,
/// <c>certainty</c>, <c>certaintyMetres</c>, <c>partnershipIds</c>, <c>names</c> and <c>relations</c> (several joined
/// with <c>|</c>), <c>outsideAlsoPossible</c>, <c>nearestPartnershipId</c>, <c>nearestName</c>, <c>distanceMetres</c>,
/// then, with address columns, <c>street</c>, <c>streetId</c>, <c>houseNumber</c>, <c>alternatives</c> (joined with
/// <c>|</c>), and last <c>message</c> and <c>error</c>.</remarks>
internal sealed class BatchLookupResult(IReadOnlyList<BatchRow> rows, SnapshotAnswers facts, AnswerMapper mapper, ApiLanguage lang, CsvBatch? csv) : IResult
{
    public const int FlushEvery = 1000;

    private ActiveDataset Snapshot => facts.Snapshot;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Dataset-Version"] = Snapshot.Dataset.Version.ToString(CultureInfo.InvariantCulture);
        if (csv is null) await WriteJsonAsync(response, httpContext.RequestAborted);
        else await WriteCsvAsync(response, csv, httpContext.RequestAborted);
    }

    private async Task WriteJsonAsync(HttpResponse response, CancellationToken ct)
    {
        response.ContentType = "application/json; charset=utf-8";
        // The writer's encoder, not the serializer's, decides the escaping: Polish letters as they are, as in every answer.
        await using var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = ApiJson.Encoder });
        writer.WriteStartArray();
        for (int i = 0; i < rows.Count; i++)
        {
            JsonSerializer.Serialize(writer, Answer(rows[i]), ApiJson.Compact);
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
        if (batch.HasAddress) csv.WriteField("address");
        foreach (var h in new[] { "lat", "lon", "status", "basis", "certainty", "certaintyMetres", "partnershipIds", "names", "relations", "outsideAlsoPossible", "nearestPartnershipId", "nearestName", "distanceMetres" })
            csv.WriteField(h);
        if (batch.HasAddress)
            foreach (var h in new[] { "street", "streetId", "houseNumber", "alternatives" })
                csv.WriteField(h);
        csv.WriteField("message");
        csv.WriteField("error");
        await csv.EndRecordAsync(ct);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var a = Answer(row);
            if (batch.HasId) csv.WriteField(row.TextId ?? "");
            if (batch.HasAddress) csv.WriteField(a.Address ?? "");
            csv.WriteField(a.Point is { } p ? Number(p.Lat, "0.#######", comma) : "");
            csv.WriteField(a.Point is { } q ? Number(q.Lon, "0.#######", comma) : "");
            csv.WriteField(a.Status is { } st ? Enum(st) : "");
            csv.WriteField(a.Basis is { } b ? Enum(b) : "");
            csv.WriteField(a.Certainty is { } c ? Enum(c.Level) : "");
            csv.WriteField(a.Certainty is { } m ? Number(m.Metres, "0", comma) : "");
            csv.WriteField(a.Areas is { } areas ? string.Join('|', areas.Select(h => h.PartnershipId)) : "");
            csv.WriteField(a.Areas is { } named ? string.Join('|', named.Select(h => h.Name)) : "");
            csv.WriteField(a.Areas is { } rel ? string.Join('|', rel.Select(h => Enum(h.Relation))) : "");
            if (a.OutsideAlsoPossible is { } outside) csv.WriteField(outside); else csv.WriteField("");
            csv.WriteField(a.Nearest?.PartnershipId ?? "");
            csv.WriteField(a.Nearest?.Name ?? "");
            csv.WriteField(a.Nearest is { } n ? Number(n.DistanceMetres, "0.0", comma) : "");
            if (batch.HasAddress)
            {
                csv.WriteField(a.Street?.Name ?? "");
                csv.WriteField(a.Street?.Id ?? "");
                csv.WriteField(a.HouseNumber ?? "");
                csv.WriteField(a.Alternatives is { } alt ? string.Join('|', alt.Select(s => s.Districts.Count == 0 ? s.Name : $"{s.Name} ({string.Join(", ", s.Districts)})")) : "");
            }
            csv.WriteField(a.Message ?? "");
            csv.WriteField(a.Error?.Message ?? "");
            await csv.EndRecordAsync(ct);
            if ((i + 1) % FlushEvery == 0) await csv.FlushAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    /// <summary>The answer to one row: its input errors, its point's lookup or its address's resolution.</summary>
    private BatchResultDto Answer(BatchRow row)
    {
        if (row.Errors is { } errors)
            return new BatchResultDto(row.JsonId, row.Address?.Display, null, null, null, null, null, null, null, null, null, null, null, ToError(errors));
        if (row.Address is { } address) return AnswerAddress(row, address);

        var r = mapper.Point(Snapshot.Index.Locate(row.Latitude, row.Longitude), facts);
        return new BatchResultDto(row.JsonId, null, r.Status, r.Basis, r.Certainty, r.Areas, null, r.Message, null, null, r.Nearest, r.Point, null, null);
    }

    private BatchResultDto AnswerAddress(BatchRow row, BatchAddress address)
    {
        var resolver = facts.Resolver;
        var r = address.UsesText ? resolver.Resolve(address.Text!, Blank(address.District)) : resolver.Resolve(address.Street!, Blank(address.Number), Blank(address.District));
        var a = mapper.Address(address.Display, r, facts);
        return new BatchResultDto(row.JsonId, address.Display, a.Status, a.Basis, a.Certainty, a.Areas, a.OutsideAlsoPossible, a.Message, a.Street, a.HouseNumber,
            null, a.Point, a.Alternatives.Count > 0 ? a.Alternatives : null, null);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Enum<T>(T value) where T : struct, System.Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private BatchRowErrorDto ToError(FieldError[] errors) =>
        new(errors.Select(e => e.Field).Distinct().ToArray(), string.Join(" ", errors.Select(e => ApiText.Describe(e, lang)).Distinct()));

    private static string Number(double v, string format, bool decimalComma)
    {
        var s = v.ToString(format, CultureInfo.InvariantCulture);
        return decimalComma ? s.Replace('.', ',') : s;
    }
}
