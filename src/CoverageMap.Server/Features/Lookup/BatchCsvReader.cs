using CoverageMap.Server.Http;
using CsvHelper;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Reads a CSV batch from the body as it arrives (a CsvHelper reader over the stream). The first line is a
/// header naming the columns (see <see cref="BatchColumns"/>): coordinates (lat/lon or x/y/srid), an address
/// (<c>adres</c>), or a street and a number (<c>ulica</c> + <c>numer</c>), or several of them; a row uses its address
/// when it has one and no coordinates. The separator is detected from the first lines
/// (<c>;</c> or <c>,</c>, also tab or <c>|</c>), or taken from an Excel <c>sep=;</c> line. With <c>;</c>,
/// decimal commas in the values are fine. Malformed quoting is a syntax error naming the line; a field longer than
/// <see cref="BatchColumns.MaxFieldLength"/> characters is a 400 naming the row and column, and a record is never held
/// past <see cref="MaxRecordBytes"/> bytes (longer is the same 400). The body is decoded in the given encoding
/// (null: UTF-8, a byte order mark honoured). Stateless.
/// </summary>
internal static class BatchCsvReader
{
    /// <summary>The largest record the reader buffers; ample for a row of fields within the field limit.</summary>
    internal const int MaxRecordBytes = 64 * 1024;

    public static async Task<CsvBatch> ReadAsync(Stream body, int maxRows, ApiLanguage lang, CancellationToken cancellationToken, System.Text.Encoding? encoding = null)
    {
        var options = new CsvReaderOptions
        {
            Encoding = encoding,
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrimWhitespace = true,
            MaxRecordSize = MaxRecordBytes,
        };
        await using var reader = CsvReader.Create(body, options, true);
        int row = 0;
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
            var names = reader.Headers.ToArray();
            for (int i = 0; i < names.Length; i++)
                if (names[i].Length > BatchColumns.MaxFieldLength)
                    throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.FieldTooLong(lang, 0, null, BatchColumns.MaxFieldLength), 0, 1);
            var at = BatchColumns.FirstOfEach(names);
            int id = at[(int)BatchColumn.Id], lat = at[(int)BatchColumn.Lat], lon = at[(int)BatchColumn.Lon], x = at[(int)BatchColumn.X], y = at[(int)BatchColumn.Y],
                srid = at[(int)BatchColumn.Srid], address = at[(int)BatchColumn.Address], street = at[(int)BatchColumn.Street],
                number = at[(int)BatchColumn.Number], district = at[(int)BatchColumn.District];
            bool twoColumns = street >= 0 && number >= 0;
            bool hasAddress = address >= 0 || twoColumns;
            if (!((lat >= 0 && lon >= 0) || (x >= 0 && y >= 0 && srid >= 0) || hasAddress))
            {
                var header = string.Join(reader.Separator, names);
                throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang),
                    ApiText.CsvHeader(lang, header.Length <= 80 ? header : header[..80] + "…"), 0, 1);
            }
            string latName = lat >= 0 ? names[lat].Trim() : "lat", lonName = lon >= 0 ? names[lon].Trim() : "lon";
            string addressName = address >= 0 ? names[address].Trim() : "adres", streetName = street >= 0 ? names[street].Trim() : "ulica";

            var rows = new List<BatchRow>();
            var errors = new List<FieldError>();
            while (await reader.ReadAsync(cancellationToken))
            {
                row++;
                if (row > maxRows)
                    throw new BatchInputException(StatusCodes.Status413PayloadTooLarge, ApiText.TooLargeTitle(lang), ApiText.TooManyRows(lang, maxRows), row);
                for (int i = 0; i < reader.FieldCount; i++)
                    if (reader.GetString(i).Length > BatchColumns.MaxFieldLength)
                        throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang),
                            ApiText.FieldTooLong(lang, row, i < names.Length ? names[i].Trim() : null, BatchColumns.MaxFieldLength), row, reader.LineNumber);
                string? Field(int i) => i >= 0 && i < reader.FieldCount ? reader.GetString(i) : null;
                var point = new PointFields(Field(lat), Field(lon), Field(x), Field(y), Field(srid), latName, lonName);
                var where = hasAddress
                    ? new BatchAddress(Field(address), twoColumns ? Field(street) : null, twoColumns ? Field(number) : null, Field(district), addressName, streetName)
                    : null;
                rows.Add(BatchRow.Create(null, Field(id), point, where, errors));
            }
            return new CsvBatch(rows, reader.Separator, id >= 0, hasAddress);
        }
        catch (CsvFormatException e) when (e.Message.Contains("MaxRecordSize", StringComparison.Ordinal))
        {
            // CsvHelper stops buffering a record at MaxRecordSize: a field far past the field limit, not a quoting error.
            long line = e.LineNumber > 0 ? e.LineNumber : row + 2;
            throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.FieldTooLong(lang, row + 1, null, BatchColumns.MaxFieldLength), row + 1, line);
        }
        catch (CsvFormatException e)
        {
            long line = e.LineNumber > 0 ? e.LineNumber : row + 2;
            throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.MalformedCsv(lang, row + 1, line), row + 1, line);
        }
    }
}
