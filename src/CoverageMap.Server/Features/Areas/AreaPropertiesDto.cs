using System.ComponentModel;

namespace CoverageMap.Server.Features.Areas;

/// <summary>The properties of an area feature.</summary>
internal sealed record AreaPropertiesDto(
    [property: Description("The partnership's id (slug).")] string PartnershipId,
    [property: Description("The partnership's name.")] string Name,
    [property: Description("How the geometry was built.")] AreaProvenanceDto Provenance);
