namespace CoverageMap.Server.Features.Editor;

/// <summary>The version now active, the one active before, and what was recorded.</summary>
internal sealed record ActivateResponse(long Active, long? Previous, string Action);
