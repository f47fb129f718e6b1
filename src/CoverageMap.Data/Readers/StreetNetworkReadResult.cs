using CoverageMap.Core.Streets;

namespace CoverageMap.Data.Readers;

/// <summary>
/// A street network read from a file, with what was read and what was skipped and why. Immutable.
/// </summary>
/// <param name="Network">The network: one <see cref="NamedLine"/> per kept feature, EPSG:4326.</param>
/// <param name="Format">The format the file was read as.</param>
/// <param name="FeaturesRead">Features (GeoJSON), records (Shapefile, deleted ones excluded) or ways (OSM) examined.</param>
/// <param name="SkippedWithoutName">Skipped because the name attribute is missing or blank.</param>
/// <param name="SkippedNotLinear">Skipped because the geometry is not a (Multi)LineString (or is null).</param>
/// <param name="SkippedNotStreet">OSM: ways without a <c>highway</c> tag or with a value not asked for.</param>
/// <param name="SkippedIncomplete">Skipped because fewer than two coordinates are left (empty geometry, OSM nodes missing from the file).</param>
/// <param name="Truncated">OSM: ways kept although some of their nodes are missing from the file (typically cut at the extract's edge).</param>
public sealed record StreetNetworkReadResult(
    StreetNetwork Network,
    StreetNetworkFormat Format,
    int FeaturesRead,
    int SkippedWithoutName,
    int SkippedNotLinear,
    int SkippedNotStreet,
    int SkippedIncomplete,
    int Truncated);
