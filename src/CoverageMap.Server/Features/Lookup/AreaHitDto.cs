using System.ComponentModel;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>A partnership area an answer names: the one shape of "which area" in point, address, batch and street answers.</summary>
internal sealed record AreaHitDto(
    [property: Description("The partnership's id (slug), e.g. marymont-kaskada.")] string PartnershipId,
    [property: Description("The partnership's name.")] string Name,
    [property: Description("inside (the point or stretch lies in the area), onBorder (exactly on its border: every such area is listed), alongBorder (the street runs along its border: one side of the street is in the area).")] AreaRelation Relation,
    [property: Description("Streets: metres of the street inside the area; otherwise null.")] double? LengthInsideMetres,
    [property: Description("Streets: metres of the street along the area's border; otherwise null.")] double? LengthAlongBorderMetres);
