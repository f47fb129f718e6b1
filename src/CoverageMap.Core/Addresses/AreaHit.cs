namespace CoverageMap.Core.Addresses;

/// <summary>A partnership area an answer names, and how it relates to it. The one shape of "which area" in every
/// answer (point, address, batch row, street). Immutable.</summary>
/// <param name="PartnershipId">The partnership's id (slug).</param>
/// <param name="Relation">Inside, on the border, or (a street) along the border.</param>
/// <param name="LengthInsideMetres">For a street: metres of it inside the area; otherwise null.</param>
/// <param name="LengthAlongBorderMetres">For a street: metres of it along the area's border; otherwise null.</param>
public sealed record AreaHit(string PartnershipId, AreaRelation Relation, double? LengthInsideMetres = null, double? LengthAlongBorderMetres = null);
