namespace CoverageMap.Server.Features.Editor;

/// <summary>A feature a description includes („w tym Park Kaskada”).</summary>
internal sealed record DescribedExtraDto(string Written, string Kind, int Start);
