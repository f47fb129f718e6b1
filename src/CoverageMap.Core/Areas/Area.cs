namespace CoverageMap.Core.Areas;

/// <summary>
/// The area a partnership serves: a valid polygonal geometry in EPSG:4326 with its provenance. Immutable.
/// </summary>
/// <param name="PartnershipId">The partnership's id (slug).</param>
/// <param name="Geometry">A valid <c>Polygon</c> or <c>MultiPolygon</c>, SRID 4326, X = longitude.</param>
/// <param name="Provenance">How the geometry was built, from what and how accurate it is.</param>
public sealed record Area(string PartnershipId, NetTopologySuite.Geometries.Geometry Geometry, AreaProvenance Provenance);
