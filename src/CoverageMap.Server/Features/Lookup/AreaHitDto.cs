using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>An area covering the point.</summary>
/// <param name="PartnershipId">The partnership's id (slug).</param>
/// <param name="Name">The partnership's name.</param>
/// <param name="OnBoundary">True when the point lies exactly on this area's border.</param>
internal sealed record AreaHitDto(
    [property: Description("The partnership's id (slug), e.g. marymont-kaskada.")] string PartnershipId,
    [property: Description("The partnership's name.")] string Name,
    [property: Description("True when the point lies exactly on this area's border.")] bool OnBoundary);
