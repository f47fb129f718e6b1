using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The answer to one lookup.</summary>
internal sealed record LookupResponse(
    [property: Description("True when at least one area covers the point (its interior or its border).")] bool Covered,
    [property: Description("True when the point lies exactly on the border of at least one returned area.")] bool OnBoundary,
    [property: Description("Every area covering the point: interior matches first, then border matches. Empty when not covered.")] IReadOnlyList<AreaHitDto> Areas,
    [property: Description("When not covered: the nearest area and the distance to it. Null when covered or when there are no areas.")] NearestAreaDto? Nearest,
    [property: Description("The point looked up, in WGS 84 (converted when x/y were given).")] LatLonDto Point,
    [property: Description("The dataset version that answered.")] long DatasetVersion);
