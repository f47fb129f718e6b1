using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Every category and sentence <see cref="AddressTextImporter"/> and its readers report, in one place (English for
/// now; a localized catalogue will take them over). Stateless.
/// </summary>
internal static class TextAddressMessages
{
    // Skip categories (keys of AddressImportReport.SkippedByReason).
    public const string NotAnAddress = "not an address";
    public const string UnknownStreet = "unknown street";
    public const string AmbiguousStreet = "ambiguous street";
    public const string OutsideCity = "outside the city";
    public const string NoPosition = "no position";
    public const string Duplicate = "duplicate point in the file";

    // Note kinds (keys of AddressImportReport.NotesByKind): points taken, with a remark.
    public const string SharedName = "without a street id: the name is shared by several streets";
    public const string TerytNotInRegister = "TERYT id not in the street register (street taken by its name)";
    public const string TerytOverridesName = "TERYT id names another street than the text (the id wins)";

    public const string NoGeometry = "no geometry";

    public static string InvalidGeometry(string detail) => $"invalid geometry: {detail}";

    public static string NotAPoint(string type) => $"the geometry is a {type}, not a point or an area";

    public static string CsvNoPosition(string? lat, string? lon) => $"no position: latitude '{lat}', longitude '{lon}' are not two numbers";

    public static string CsvNoCoordinates(string file, string? lat, string? lon, string[] columns, char separator) =>
        $"{file}: no latitude/longitude columns '{lat}' and '{lon}' (name them with the field options). {Columns(columns, separator)}";

    public static string CsvNoAddress(string file, AddressFields fields, string[] columns, char separator) =>
        $"{file}: no address column ({fields.AddressFieldsText}; name them with the field options). {Columns(columns, separator)}";

    public static string NoAddressField(string file, AddressFields fields) =>
        $"{file}: no record has an address in {fields.AddressFieldsText}; name the fields that hold it with the field options.";

    public static string BadSourceName(string name) =>
        $"'{name}' cannot name a source: use 1–100 lower-case letters, digits, '.', '-' or '_' (not 'prg' or 'osm').";

    public static string Label(TextAddressRecord r) => $"#{r.Row} '{r.AddressText}'";

    public static string NoText(TextAddressRecord r) => $"#{r.Row}: no address text";

    public static string Unparsed(TextAddressRecord r, string why) => $"{Label(r)}: {why}";

    /// <summary>What the parser found wrong (<see cref="AddressParseError.Code"/>), with the part at fault.</summary>
    public static string ParseError(AddressParseError e)
    {
        var what = e.Code switch
        {
            AddressParseErrorCode.Empty => "empty address",
            AddressParseErrorCode.NoStreet => "no street name",
            AddressParseErrorCode.NoHouseNumber => "no house number",
            AddressParseErrorCode.InvalidHouseNumber => "invalid house number",
            AddressParseErrorCode.TooLong => "address is too long",
            AddressParseErrorCode.ControlCharacter => "the address holds a control character",
            _ => "invalid address",
        };
        return e.Detail is null ? what : $"{what}: {e.Detail}";
    }

    public static string Outside(TextAddressRecord r, string where) =>
        $"{Label(r)}: lies at {At(r)}, outside {where}";

    public static string Bounds(GeoBounds bounds) => bounds.ToString();

    public const string Outline = "the city outline";

    public static string NoPositionReason(TextAddressRecord r, string problem) => $"{Label(r)}: {problem}";

    public static string DuplicateReason(TextAddressRecord r, string id) =>
        $"{Label(r)}: the same layer, text and position as an earlier point (id {id}); the first is kept";

    public static string Unknown(TextAddressRecord r, string streetText, string? terytId, IReadOnlyList<RegisteredStreet> nearMisses) =>
        $"{Label(r)}: no street '{streetText}' in the register"
        + (terytId is null ? "" : $" (nor TERYT id {terytId})")
        + (nearMisses.Count == 0 ? "" : "; near misses (never taken): " + Streets(nearMisses.Take(3)));

    public static string Ambiguous(TextAddressRecord r, string streetText, IReadOnlyList<RegisteredStreet> candidates) =>
        $"{Label(r)}: '{streetText}' may be any of {Streets(candidates.Take(5))}";

    public static string SharedNameNote(TextAddressRecord r, IReadOnlyList<RegisteredStreet> candidates) =>
        $"{Label(r)}: {Streets(candidates.Take(5))}";

    public static string TerytNotInRegisterNote(TextAddressRecord r, string id, RegisteredStreet? byName) =>
        $"{Label(r)}: id {id}" + (byName is null ? "" : $"; by its name {Street(byName)}");

    public static string TerytOverridesNameNote(TextAddressRecord r, RegisteredStreet byId, RegisteredStreet byName) =>
        $"{Label(r)}: id {byId.Id} is {Street(byId)}, the text names {Street(byName)}";

    private static string Streets(IEnumerable<RegisteredStreet> streets) => string.Join(", ", streets.Select(Street));

    private static string Street(RegisteredStreet s) => $"{s.OfficialName} ({string.Join(", ", s.Districts)})";

    private static string At(TextAddressRecord r) => string.Create(CultureInfo.InvariantCulture, $"{r.Latitude:F5} N {r.Longitude:F5} E");

    private static string Columns(string[] columns, char separator) =>
        $"Columns found (separator '{separator}'): {(columns.Length == 0 ? "none" : string.Join(", ", columns))}.";
}
