namespace CoverageMap.Server.Features.Editor;

/// <summary>What to read: a partnership's description as pasted.</summary>
internal sealed record ParseRequest(string? Description, string? District);
