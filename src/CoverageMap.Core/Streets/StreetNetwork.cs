namespace CoverageMap.Core.Streets;

/// <summary>
/// A street network: named lines in EPSG:4326 plus where they came from. Immutable.
/// </summary>
/// <param name="Lines">The named lines.</param>
/// <param name="Source">A short description of the input (file name and format, e.g. <c>streets-skeleton.geojson (GeoJSON)</c>).</param>
/// <param name="SourceDate">The date the data describe, when known (e.g. the OSM extract's timestamp or the dataset's publication date).</param>
/// <param name="Licence">The licence/attribution of the input, when known.</param>
public sealed record StreetNetwork(
    IReadOnlyList<NamedLine> Lines,
    string Source,
    DateOnly? SourceDate = null,
    string? Licence = null);
