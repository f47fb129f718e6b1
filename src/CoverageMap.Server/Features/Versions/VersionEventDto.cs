namespace CoverageMap.Server.Features.Versions;

/// <summary>Something done to a version: when (UTC), by whom (the key's name, <c>cli</c> or <c>seed</c>) and why, who and why null when not recorded.</summary>
internal sealed record VersionEventDto(DateTimeOffset At, string? By, string? Reason);
