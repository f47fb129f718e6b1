using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;

namespace CoverageMap.Data.Importers;

/// <summary>
/// The facts <see cref="AddressTextImporter"/> reports with each skip and remark (codes: <see cref="AddressSkipReason"/>,
/// <see cref="AddressNoteKind"/>; the CLI words them), and the exceptions it and its readers throw (a code and facts;
/// the English message for logs). Stateless.
/// </summary>
internal static class TextAddressMessages
{
    public static AddressFileException CsvNoCoordinates(string file, string? lat, string? lon, string[] columns, char separator) =>
        new(AddressFileProblem.NoCoordinateColumns, [file, lat ?? "", lon ?? "", separator.ToString(), string.Join(", ", columns)],
            $"{file}: no latitude/longitude columns '{lat}' and '{lon}' (name them with the field options). {Columns(columns, separator)}");

    public static AddressFileException CsvNoAddress(string file, AddressFields fields, string[] columns, char separator) =>
        new(AddressFileProblem.NoAddressColumn, [file, fields.AddressFieldsText, separator.ToString(), string.Join(", ", columns)],
            $"{file}: no address column ({fields.AddressFieldsText}; name them with the field options). {Columns(columns, separator)}");

    public static AddressFileException NoAddressField(string file, AddressFields fields) =>
        new(AddressFileProblem.NoAddressInRecords, [file, fields.AddressFieldsText],
            $"{file}: no record has an address in {fields.AddressFieldsText}; name the fields that hold it with the field options.");

    public static string BadSourceName(string name) =>
        $"'{name}' cannot name a source: use 1–100 lower-case letters, digits, '.', '-' or '_' (not 'prg' or 'osm').";

    /// <summary>The facts every skip and remark of a record starts with: its row and its address text.</summary>
    public static string[] Record(TextAddressRecord r, params string[] more) =>
        [r.Row.ToString(CultureInfo.InvariantCulture), r.AddressText ?? "", .. more];

    /// <summary><see cref="AddressSkipReason.Unparsed"/>: the parser's code and the part at fault.</summary>
    public static string[] Unparsed(TextAddressRecord r, AddressParseError e) => Record(r, e.Code.ToString(), e.Detail ?? "");

    /// <summary>Where the record lies: <c>52.82000 N 20.02000 E</c>.</summary>
    public static string At(TextAddressRecord r) => string.Create(CultureInfo.InvariantCulture, $"{r.Latitude:F5} N {r.Longitude:F5} E");

    /// <summary>Streets as a person tells them apart: <c>Adama Mickiewicza (Żoliborz), Adama Mickiewicza (Wawer)</c>; the first five.</summary>
    public static string Streets(IEnumerable<RegisteredStreet> streets) => string.Join(", ", streets.Take(5).Select(Street));

    public static string Street(RegisteredStreet s) => $"{s.OfficialName} ({string.Join(", ", s.Districts)})";

    private static string Columns(string[] columns, char separator) =>
        $"Columns found (separator '{separator}'): {(columns.Length == 0 ? "none" : string.Join(", ", columns))}.";
}
