using CoverageMap.Core.Descriptions;

namespace CoverageMap.Server.Features.Editor;

/// <summary>One street of a description: as written, where, what it matched and how sure.</summary>
internal sealed record DescribedStreetDto(string Written, int Start, DescriptionSeparator Separator, StreetMatchConfidence Confidence, RegisterStreetDto? Street, RegisterStreetDto[] Candidates, RegisterStreetDto[] Suggestions, string? Qualifier);
