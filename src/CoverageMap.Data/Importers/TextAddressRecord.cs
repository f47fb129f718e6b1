namespace CoverageMap.Data.Importers;

/// <summary>
/// A point as a GeoJSON or CSV reader found it, before its address is parsed: the fields <see cref="AddressFields"/>
/// names, trimmed, null when absent or blank. Immutable.
/// </summary>
/// <param name="Row">The feature's position in the file (1-based) or the CSV line number, for messages.</param>
/// <param name="Address">The address as free text.</param>
/// <param name="Street">The street name column.</param>
/// <param name="Number">The house number column.</param>
/// <param name="TerytId">The TERYT ULIC id.</param>
/// <param name="Postcode">The postcode.</param>
/// <param name="Layer">The layer / data set label.</param>
/// <param name="SourceDate">The source's date.</param>
/// <param name="Latitude">Latitude (EPSG:4326); NaN when there is no position.</param>
/// <param name="Longitude">Longitude (EPSG:4326); NaN when there is no position.</param>
/// <param name="Problem">Why the reader already refuses the record (no geometry, a geometry that is not a point…), or null.</param>
/// <param name="ProblemFacts">The facts of <paramref name="Problem"/> after the row and the text (see <see cref="AddressSkipReason"/>).</param>
public sealed record TextAddressRecord(
    int Row,
    string? Address,
    string? Street,
    string? Number,
    string? TerytId,
    string? Postcode,
    string? Layer,
    string? SourceDate,
    double Latitude,
    double Longitude,
    AddressSkipReason? Problem = null,
    IReadOnlyList<string>? ProblemFacts = null)
{
    /// <summary>The address the record gives: street + number when both are filled, else the free text; null when neither.</summary>
    public string? AddressText =>
        Street is not null && Number is not null ? $"{Street} {Number}" : Address;

    /// <summary>Trims a field; null for null or blank.</summary>
    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
