using System.Text.Json;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Reads a JSON batch — an array of <c>{"lat":…,"lon":…}</c> or <c>{"x":…,"y":…,"srid":…}</c> objects with an
/// optional <c>id</c> — from the body as it arrives (one element at a time, never the whole body in memory).
/// Values may be JSON numbers or strings. Stateless.
/// </summary>
internal static class BatchJsonReader
{
    public static async Task<List<BatchRow>> ReadAsync(Stream body, int maxRows, ApiLanguage lang, CancellationToken cancellationToken)
    {
        var rows = new List<BatchRow>();
        var errors = new List<FieldError>();
        int row = 0;
        try
        {
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, ApiJson.Dto, cancellationToken))
            {
                row++;
                if (row > maxRows)
                    throw new BatchInputException(StatusCodes.Status413PayloadTooLarge, ApiText.TooLargeTitle(lang), ApiText.TooManyRows(lang, maxRows), row);
                if (element.ValueKind != JsonValueKind.Object)
                    throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.JsonRowNotObject(lang, row), row);
                rows.Add(ToRow(element, errors));
            }
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1, column = (ex.BytePositionInLine ?? 0) + 1;
            throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.MalformedJson(lang, row + 1, line, column), row + 1, line);
        }
        return rows;
    }

    private static BatchRow ToRow(JsonElement element, List<FieldError> errors)
    {
        string? lat = null, lon = null, x = null, y = null, srid = null;
        string latName = "lat", lonName = "lon";
        JsonElement? id = null;
        foreach (var p in element.EnumerateObject())
        {
            switch (BatchColumns.Classify(p.Name))
            {
                case BatchColumn.Lat: lat = Text(p.Value); latName = p.Name; break;
                case BatchColumn.Lon: lon = Text(p.Value); lonName = p.Name; break;
                case BatchColumn.X: x = Text(p.Value); break;
                case BatchColumn.Y: y = Text(p.Value); break;
                case BatchColumn.Srid: srid = Text(p.Value); break;
                case BatchColumn.Id: id = p.Value.Clone(); break;
            }
        }
        errors.Clear();
        PointParser.TryParse(new PointFields(lat, lon, x, y, srid, latName, lonName), errors, out double la, out double lo);
        return new BatchRow(id, null, la, lo, errors.Count > 0 ? [.. errors] : null);
    }

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => v.GetRawText(),
    };
}
