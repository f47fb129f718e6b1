using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Importers;

/// <summary>Options of an <see cref="AddressTextImporter"/> import. Immutable (the outline is not modified).</summary>
/// <param name="Fields">Which property / column holds what (default: <see cref="AddressFields.Default"/>).</param>
/// <param name="SourceName">The store source the file's points belong to (default: derived from the file name, see
/// <see cref="AddressTextImporter.DefaultSourceName"/>).</param>
/// <param name="ExpectedBounds">Points outside this box are refused (default: Warsaw); ignored when
/// <paramref name="CityOutline"/> is given.</param>
/// <param name="CityOutline">The city's outline (polygonal, EPSG:4326): points it does not cover are refused.</param>
/// <param name="MaxListedPerKind">How many skipped records (and remarks) of each reason the report lists one by one.</param>
public sealed record AddressTextImportOptions(
    AddressFields? Fields = null,
    string? SourceName = null,
    GeoBounds? ExpectedBounds = null,
    Geometry? CityOutline = null,
    int MaxListedPerKind = 1000)
{
    /// <summary>The defaults.</summary>
    public static AddressTextImportOptions Default { get; } = new();

    /// <summary>The fields in force.</summary>
    public AddressFields FieldsInForce => Fields ?? AddressFields.Default;

    /// <summary>The box in force.</summary>
    public GeoBounds Bounds => ExpectedBounds ?? GeoBounds.Warsaw;
}
