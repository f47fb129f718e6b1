namespace CoverageMap.Server.Features.Editor;

/// <summary>Who the key belongs to and what it may do.</summary>
internal sealed record SessionDto(string Name, string[] Scopes);
