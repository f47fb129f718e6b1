namespace CoverageMap.Server.Features.Editor;

/// <summary>A dataset version with who saved and who activated it (from the audit log).</summary>
internal sealed record EditorVersionDto(long Id, string Label, string Origin, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt, bool IsActive, int Areas, string? SavedBy, string? SavedWhy);
