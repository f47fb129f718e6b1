using System.ComponentModel;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The answer to one point lookup: the same contract as an address answer (status, basis, certainty, areas).</summary>
internal sealed record LookupResponse(
    [property: Description("resolved (inside one area), multiple (exactly on a border: every area whose border it is), noPartnership.")] AddressResolutionStatus Status,
    [property: Description("Always point: the answer rests on the given point.")] AnswerBasis Basis,
    [property: Description("How sure the answer is: high unless the point lies within the nearest border's estimated accuracy (medium) or on a border (low).")] CertaintyDto Certainty,
    [property: Description("True when at least one area covers the point (its interior or its border).")] bool Covered,
    [property: Description("True when the point lies exactly on the border of at least one returned area.")] bool OnBoundary,
    [property: Description("Every area covering the point: interior matches first, then border matches. Empty when not covered.")] IReadOnlyList<AreaHitDto> Areas,
    [property: Description("When not covered: the nearest area and the distance to it. Null when covered or when there are no areas.")] NearestAreaDto? Nearest,
    [property: Description("The point looked up, in WGS 84 (converted when x/y were given).")] LatLonDto Point,
    [property: Description("What was found, in a sentence, in the request's language.")] string Message,
    [property: Description("The dataset version that answered.")] long DatasetVersion);
