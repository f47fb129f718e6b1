using System.ComponentModel;
using System.Text.Json;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One row of a JSON batch answer, in input order: either the lookup (<c>covered</c>, <c>onBoundary</c>,
/// <c>areas</c>, <c>nearest</c> when not covered, <c>point</c>) or an <c>error</c>. Null members are omitted.
/// </summary>
internal sealed record BatchResultDto(
    [property: Description("The row's id, echoed as sent (string or number), when it had one.")] JsonElement? Id,
    [property: Description("True when at least one area covers the point.")] bool? Covered,
    [property: Description("True when the point lies exactly on the border of a returned area.")] bool? OnBoundary,
    [property: Description("Areas covering the point.")] IReadOnlyList<AreaHitDto>? Areas,
    [property: Description("The nearest area, when not covered.")] NearestAreaDto? Nearest,
    [property: Description("The point in WGS 84.")] LatLonDto? Point,
    [property: Description("Why this row could not be looked up.")] BatchRowErrorDto? Error);
