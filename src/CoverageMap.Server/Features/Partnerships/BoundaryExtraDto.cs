namespace CoverageMap.Server.Features.Partnerships;

/// <summary>A named feature (e.g. a park) the source places in the area.</summary>
internal sealed record BoundaryExtraDto(string Name, string Kind, string Rule);
