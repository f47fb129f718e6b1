using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The nearest area to a point no area covers.</summary>
internal sealed record NearestAreaDto(
    [property: Description("The partnership's id (slug).")] string PartnershipId,
    [property: Description("The partnership's name.")] string Name,
    [property: Description("Great-circle distance to the nearest point of the area's border, in metres (rounded to 0.1 m).")] double DistanceMetres);
