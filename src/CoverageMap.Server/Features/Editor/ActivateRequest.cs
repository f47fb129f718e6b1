namespace CoverageMap.Server.Features.Editor;

/// <summary>Why the version is activated (or rolled back to).</summary>
internal sealed record ActivateRequest(string? Reason);
