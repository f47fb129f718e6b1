using System.ComponentModel;

namespace CoverageMap.Server.Features.Streets;

/// <summary>How much of a street lies in, or along, one partnership's area.</summary>
internal sealed record StreetAreaDto(
    [property: Description("The partnership's id (slug).")] string PartnershipId,
    [property: Description("The partnership's name.")] string Name,
    [property: Description("Metres of the street inside the area (farther than the border tolerance from its boundary).")] double LengthInsideMetres,
    [property: Description("Metres of the street running along the area's boundary.")] double LengthOnBorderMetres,
    [property: Description("True when the street runs along this area's border for a stretch: houses on its two sides may belong to different partnerships.")] bool OnBorder);
