using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;

namespace CoverageMap.Data.Importers;

/// <summary>
/// The facts <see cref="AddressTextImporter"/> reports with each skip and remark (codes: <see cref="AddressSkipReason"/>,
/// <see cref="AddressNoteKind"/>; the CLI words them), and the faults of a file it and its readers cannot use (codes
/// of <see cref="InputProblem"/>; the catalogue words them). Stateless.
/// </summary>
internal static class TextAddressMessages
{
    /// <summary><see cref="InputProblem.AddressCsvNoCoordinates"/>, or <see cref="InputProblem.AddressCsvNoHeader"/> when the file has no columns at all.</summary>
    public static InputProblemException CsvNoCoordinates(string file, string? lat, string? lon, string[] columns, char separator) =>
        columns.Length == 0 ? new(InputProblem.AddressCsvNoHeader, file)
        : new(InputProblem.AddressCsvNoCoordinates, file, lat ?? "", lon ?? "", separator.ToString(), string.Join(", ", columns));

    /// <summary><see cref="InputProblem.AddressCsvNoAddressColumn"/>.</summary>
    public static InputProblemException CsvNoAddress(string file, AddressFields fields, string[] columns, char separator) =>
        new(InputProblem.AddressCsvNoAddressColumn, file, fields.AddressFieldsText, separator.ToString(), string.Join(", ", columns));

    /// <summary><see cref="InputProblem.AddressNoAddressInRecords"/>.</summary>
    public static InputProblemException NoAddressField(string file, AddressFields fields) =>
        new(InputProblem.AddressNoAddressInRecords, file, fields.AddressFieldsText);

    /// <summary><see cref="InputProblem.AddressSourceName"/>.</summary>
    public static InputProblemException BadSourceName(string name) => new(InputProblem.AddressSourceName, name);

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
}
