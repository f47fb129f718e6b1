namespace CoverageMap.Server.Features.Areas;

/// <summary>A bounding street and the network names it matched.</summary>
internal sealed record StreetMatchDto(string Street, IReadOnlyList<string> Matched, bool InSource);
