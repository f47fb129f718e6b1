namespace CoverageMap.Server.Features.Editor;

/// <summary>What the build says, localized: its code, severity, the street it is about, the sentence.</summary>
internal sealed record BuildMessageDto(string Code, string Severity, string? Street, string Message);
