namespace CoverageMap.Server.Features.Partnerships;

/// <summary>A former name and the years it was used (<c>to</c> = the year it was replaced).</summary>
internal sealed record FormerNameDto(string Name, int From, int? To);
