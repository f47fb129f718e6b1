using System.Buffers;
using System.Text;
using System.Text.Json;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Reads a JSON batch — an array of <c>{"lat":…,"lon":…}</c>, <c>{"x":…,"y":…,"srid":…}</c>,
/// <c>{"address":"…"}</c> or <c>{"street":"…","number":"…"}</c> objects (optionally with <c>district</c>), each with an
/// optional <c>id</c>; a row uses its address when it has one and no coordinates — from the body as it arrives: a <see cref="Utf8JsonReader"/> over a small buffer that is
/// refilled from the stream, so the body is never held whole and a syntax error is reported with the row (array
/// element) and line it is in. Values may be JSON numbers or strings; the <c>id</c> may be a string, number,
/// boolean or null and is echoed as sent. Text that is not valid Unicode (invalid UTF-8, a lone surrogate escape) and
/// a value or property name longer than <see cref="BatchColumns.MaxFieldLength"/> characters are 400 problems naming
/// the row; a token never grows the buffer past <see cref="MaxBuffer"/> bytes, so a huge field is refused without
/// being held. Stateless.
/// </summary>
internal static class BatchJsonReader
{
    private const int InitialBuffer = 16 * 1024;

    /// <summary>
    /// The largest buffer a single token may need: a field of <see cref="BatchColumns.MaxFieldLength"/> characters is at
    /// most six bytes a character even when every one is a <c>\uXXXX</c> escape, so anything longer is too long a field.
    /// </summary>
    internal const int MaxBuffer = 64 * 1024;

    public static async Task<List<BatchRow>> ReadAsync(Stream body, int maxRows, ApiLanguage lang, CancellationToken cancellationToken)
    {
        var rows = new List<BatchRow>();
        var parser = new Parser(maxRows, lang, rows);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            int length = 0;
            bool final = false;
            var state = new JsonReaderState();
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxBuffer) throw parser.FieldTooLong(null);
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                int read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                length += read;
                final = read == 0;
                int consumed = parser.Consume(buffer.AsSpan(0, length), final, ref state);
                if (final) break;
                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                length -= consumed;
            }
            parser.Finish();
            return rows;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The token-level state machine; survives across buffer refills.</summary>
    private sealed class Parser(int maxRows, ApiLanguage lang, List<BatchRow> rows)
    {
        private readonly List<FieldError> _errors = [];
        private bool _arrayStarted, _arrayEnded, _inRow;
        private int _elements;
        private BatchColumn _property;
        private string? _propertyName;
        private int _skipDepth;
        private string? _lat, _lon, _x, _y, _srid, _address, _street, _number, _district;
        private string _latName = "lat", _lonName = "lon", _addressName = "address", _streetName = "street";
        private JsonElement? _id;

        public int Consume(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state)
        {
            var reader = new Utf8JsonReader(data, final, state);
            try
            {
                while (reader.Read()) Token(ref reader);
            }
            catch (JsonException ex)
            {
                throw Malformed(ex.LineNumber, ex.BytePositionInLine);
            }
            state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        public void Finish()
        {
            if (!_arrayEnded) throw Malformed(null, null);
        }

        private void Token(ref Utf8JsonReader reader)
        {
            var type = reader.TokenType;
            if (!_arrayStarted)
            {
                if (type != JsonTokenType.StartArray) throw Malformed(null, null);
                _arrayStarted = true;
                return;
            }
            if (_skipDepth > 0)
            {
                if (type is JsonTokenType.StartObject or JsonTokenType.StartArray) _skipDepth++;
                else if (type is JsonTokenType.EndObject or JsonTokenType.EndArray) _skipDepth--;
                return;
            }
            if (!_inRow)
            {
                if (type == JsonTokenType.EndArray) { _arrayEnded = true; return; }
                _elements++;
                if (_elements > maxRows)
                    throw new BatchInputException(StatusCodes.Status413PayloadTooLarge, ApiText.TooLargeTitle(lang), ApiText.TooManyRows(lang, maxRows), _elements);
                if (type != JsonTokenType.StartObject)
                    throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.JsonRowNotObject(lang, _elements), _elements);
                _inRow = true;
                _lat = _lon = _x = _y = _srid = _address = _street = _number = _district = null;
                _propertyName = null;
                _latName = "lat";
                _lonName = "lon";
                _addressName = "address";
                _streetName = "street";
                _id = null;
                return;
            }
            switch (type)
            {
                case JsonTokenType.PropertyName:
                    var name = Text(ref reader, null);
                    _property = BatchColumns.Classify(name);
                    _propertyName = name;
                    if (_property == BatchColumn.Lat) _latName = name;
                    if (_property == BatchColumn.Lon) _lonName = name;
                    if (_property == BatchColumn.Address) _addressName = name;
                    if (_property == BatchColumn.Street) _streetName = name;
                    return;
                case JsonTokenType.EndObject:
                    _inRow = false;
                    var point = new PointFields(_lat, _lon, _x, _y, _srid, _latName, _lonName);
                    var address = _address is not null || _street is not null
                        ? new BatchAddress(_address, _street, _number, _district, _addressName, _streetName)
                        : null;
                    rows.Add(BatchRow.Create(_id, null, point, address, _errors));
                    return;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    // A nested value: not a coordinate; skipped, and reported as not a number if it was one.
                    Assign(type == JsonTokenType.StartObject ? "{…}" : "[…]", null);
                    _skipDepth = 1;
                    return;
                default:
                    string? text = type switch
                    {
                        JsonTokenType.String => Text(ref reader, _propertyName),
                        JsonTokenType.Null => null,
                        _ => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
                    };
                    if (text is { Length: > BatchColumns.MaxFieldLength }) throw FieldTooLong(_propertyName);
                    Assign(text, type switch
                    {
                        JsonTokenType.String => JsonSerializer.SerializeToElement(text),
                        JsonTokenType.Null => null,
                        _ => JsonElement.Parse(text!),
                    });
                    return;
            }
        }

        /// <summary>
        /// A string token's text: a 400 naming the row when it is longer than the field limit or is not valid Unicode
        /// (<see cref="Utf8JsonReader.GetString"/> throws <see cref="InvalidOperationException"/> for invalid UTF-8 and
        /// for an escaped lone surrogate such as <c>\ud800</c>).
        /// </summary>
        private string Text(ref Utf8JsonReader reader, string? field)
        {
            long raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (raw > BatchColumns.MaxFieldLength * 6L) throw FieldTooLong(field);
            string text;
            try
            {
                text = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.JsonNotUnicode(lang, Row, field), Row);
            }
            if (text.Length > BatchColumns.MaxFieldLength) throw FieldTooLong(field);
            return text;
        }

        /// <summary>The row being read (1-based), or the next one between rows.</summary>
        private int Row => _inRow || _elements == 0 ? Math.Max(1, _elements) : _elements + 1;

        /// <summary>A field (or, with a null name, a token) longer than the limit: a 400 naming the row.</summary>
        public BatchInputException FieldTooLong(string? field) =>
            new(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.FieldTooLong(lang, Row, field ?? (_inRow ? _propertyName : null), BatchColumns.MaxFieldLength), Row);

        private void Assign(string? text, JsonElement? element)
        {
            switch (_property)
            {
                case BatchColumn.Lat: _lat = text; break;
                case BatchColumn.Lon: _lon = text; break;
                case BatchColumn.X: _x = text; break;
                case BatchColumn.Y: _y = text; break;
                case BatchColumn.Srid: _srid = text; break;
                case BatchColumn.Address: _address = text; break;
                case BatchColumn.Street: _street = text; break;
                case BatchColumn.Number: _number = text; break;
                case BatchColumn.District: _district = text; break;
                case BatchColumn.Id: _id = element; break;
            }
        }

        private BatchInputException Malformed(long? line, long? bytePosition)
        {
            int row = Row;
            long l = (line ?? 0) + 1, c = (bytePosition ?? 0) + 1;
            return new BatchInputException(StatusCodes.Status400BadRequest, ApiText.MalformedTitle(lang), ApiText.MalformedJson(lang, row, l, c), row, l);
        }
    }
}
