using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>A partnership an address resolves to.</summary>
internal sealed record AddressPartnershipDto(
    [property: Description("The partnership's id.")] string PartnershipId,
    [property: Description("The partnership's name.")] string Name,
    [property: Description("Address point: it lies on the area's border. Street level: the street runs along the area's border.")] bool OnBoundary,
    [property: Description("Street level: metres of the street inside the area.")] double? LengthInsideMetres,
    [property: Description("Street level: metres of the street along the area's border.")] double? LengthOnBorderMetres);
