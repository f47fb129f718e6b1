namespace CoverageMap.Server.Features.Editor;

/// <summary>A feature that belongs to the area; rule inside (checked) or union (added).</summary>
internal sealed record ExtraInputDto(string? Name, string? Kind, string? Rule);
