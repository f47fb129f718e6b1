namespace CoverageMap.Data.Importers;

/// <summary>
/// An address as a reader found it in a source file, before normalisation and checks. Immutable.
/// </summary>
/// <param name="SourceId">The id in the source (PRG <c>lokalnyId</c>, OSM <c>node/…</c> / <c>way/…</c>).</param>
/// <param name="StreetId">Official street id (TERYT ULIC), when the source gives it.</param>
/// <param name="StreetName">The street name as written in the source, or null.</param>
/// <param name="HouseNumber">The house number as written in the source, or null.</param>
/// <param name="Postcode">The postcode, or null.</param>
/// <param name="Latitude">Latitude (EPSG:4326) as the reader read it; NaN when there is no position.</param>
/// <param name="Longitude">Longitude (EPSG:4326) as the reader read it; NaN when there is no position.</param>
/// <param name="SwappedLatitude">The latitude the position would have with its two axes read the other way round
/// (only for sources whose axis order can be confused, i.e. PRG GML); NaN otherwise.</param>
/// <param name="SwappedLongitude">The longitude of the swapped reading; NaN otherwise.</param>
/// <param name="Problem">A reason the reader already refuses the record (e.g. no position), or null.</param>
/// <param name="ProblemFacts">The facts of <paramref name="Problem"/> after the street and number (see <see cref="AddressSkipReason"/>).</param>
public sealed record SourceAddress(
    string SourceId,
    string? StreetId,
    string? StreetName,
    string? HouseNumber,
    string? Postcode,
    double Latitude,
    double Longitude,
    double SwappedLatitude = double.NaN,
    double SwappedLongitude = double.NaN,
    AddressSkipReason? Problem = null,
    IReadOnlyList<string>? ProblemFacts = null);
