namespace CoverageMap.Server.Features.Editor;

/// <summary>A bounding street in the editor's list: a street of the description, or a supplement with its reason.</summary>
internal sealed record StreetInputDto(string? Name, bool InSource = true, string? Why = null);
