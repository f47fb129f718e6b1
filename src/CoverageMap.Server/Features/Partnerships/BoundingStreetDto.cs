namespace CoverageMap.Server.Features.Partnerships;

/// <summary>A bounding street; <c>inSource</c> false marks a supplement, with <c>why</c>.</summary>
internal sealed record BoundingStreetDto(string Name, bool InSource, string? Why);
