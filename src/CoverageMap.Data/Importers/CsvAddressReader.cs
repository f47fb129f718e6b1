using System.Globalization;
using CoverageMap.Core.Problems;
using CsvHelper;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Reads points with an address from CSV, streaming, with CsvHelper: UTF-8 with or without a BOM, a header row, the
/// separator detected from the first lines (<c>;</c> or <c>,</c>, also tab or <c>|</c>, or an Excel <c>sep=;</c> line),
/// RFC 4180 quoting. Which column holds what is given by <see cref="AddressFields"/> (headers match
/// case-insensitively); latitude and longitude are WGS 84 degrees, with a decimal point or (in a <c>;</c> file) a
/// decimal comma. Stateless and thread-safe; each enumeration opens the file.
/// </summary>
public static class CsvAddressReader
{
    /// <summary>Reads the file's rows.</summary>
    /// <exception cref="InputProblemException">The file is empty or malformed, or its header lacks the coordinate or address columns.</exception>
    public static IEnumerable<TextAddressRecord> Read(string path, AddressFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var name = Path.GetFileName(path);
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        });
        string[] columns;
        try
        {
            columns = [.. csv.Headers];
        }
        catch (CsvFormatException e)
        {
            throw Malformed(name, e, 1);
        }
        int Column(string? field) =>
            string.IsNullOrEmpty(field) ? -1 : Array.FindIndex(columns, c => string.Equals(c.Trim(), field, StringComparison.OrdinalIgnoreCase));
        int address = Column(fields.Address), street = Column(fields.Street), number = Column(fields.Number), teryt = Column(fields.TerytId),
            postcode = Column(fields.Postcode), layer = Column(fields.Layer), date = Column(fields.SourceDate),
            lat = Column(fields.Latitude), lon = Column(fields.Longitude);
        if (lat < 0 || lon < 0)
            throw TextAddressMessages.CsvNoCoordinates(name, fields.Latitude, fields.Longitude, columns, csv.Separator);
        if (address < 0 && (street < 0 || number < 0))
            throw TextAddressMessages.CsvNoAddress(name, fields, columns, csv.Separator);

        while (Next(csv, name))
        {
            string? Get(int i) => i < 0 || i >= csv.FieldCount ? null : TextAddressRecord.Clean(csv.GetString(i));
            var (latitude, longitude) = (Coordinate(Get(lat)), Coordinate(Get(lon)));
            var finite = double.IsFinite(latitude) && double.IsFinite(longitude);
            yield return new TextAddressRecord((int)csv.LineNumber, Get(address), Get(street), Get(number), Get(teryt), Get(postcode),
                Get(layer), Get(date), latitude, longitude, finite ? null : AddressSkipReason.NoCoordinates, finite ? null : [Get(lat) ?? "", Get(lon) ?? ""]);
        }
    }

    private static bool Next(CsvReader csv, string name)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw Malformed(name, e, csv.LineNumber + 1);
        }
    }

    /// <summary><see cref="InputProblem.AddressCsvMalformed"/> at the line CsvHelper names, else at <paramref name="line"/>.</summary>
    private static InputProblemException Malformed(string name, CsvFormatException e, long line) =>
        new(InputFault.Of(InputProblem.AddressCsvMalformed, name, (e.LineNumber > 0 ? e.LineNumber : line).ToString(CultureInfo.InvariantCulture)), e);

    private static double Coordinate(string? text)
    {
        if (text is null) return double.NaN;
        if (!text.Contains('.', StringComparison.Ordinal)) text = text.Replace(',', '.');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }
}
