using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Streets;

/// <summary>
/// One named line of a street network in EPSG:4326 (a street centreline, a carriageway, a path).
/// Immutable.
/// </summary>
/// <param name="Name">The name as the source spells it (e.g. <c>Generała Józefa Zajączka</c>, <c>al. Armii Krajowej</c>).</param>
/// <param name="Geometry">A <see cref="LineString"/> or <see cref="MultiLineString"/>, SRID 4326, X = longitude.</param>
/// <param name="Kind">What the line is, where the source says (e.g. <c>ulica</c>, <c>aleja</c>, <c>park</c>, an OSM highway value); otherwise null.</param>
/// <param name="AccuracyMetres">The source's own estimate of the line's positional accuracy, when it gives one.</param>
/// <param name="SourceId">The feature's identifier in the source (OSM way id, shapefile record number), when there is one.</param>
public sealed record NamedLine(
    string Name,
    NetTopologySuite.Geometries.Geometry Geometry,
    string? Kind = null,
    double? AccuracyMetres = null,
    string? SourceId = null);
