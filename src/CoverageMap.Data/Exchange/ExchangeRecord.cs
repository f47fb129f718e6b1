namespace CoverageMap.Data.Exchange;

/// <summary>
/// One feature of an exchange file, the same in every format: the partnership's id and name, its area's geometry
/// (WGS 84, longitude first; null for a partnership without an area), and the whole partnership record and the area's
/// provenance as compact JSON (null when the file lacks them, e.g. a layer drawn in a desktop GIS). Immutable.
/// </summary>
/// <param name="PartnershipId">The partnership's id (slug).</param>
/// <param name="Name">The partnership's name.</param>
/// <param name="Geometry">The area, or null.</param>
/// <param name="PartnershipJson">The partnership record (<c>RegistryJson.Compact</c>), or null.</param>
/// <param name="ProvenanceJson">The area's provenance (<c>RegistryJson.Compact</c>), or null.</param>
public sealed record ExchangeRecord(string PartnershipId, string Name, NetTopologySuite.Geometries.Geometry? Geometry, string? PartnershipJson, string? ProvenanceJson);
