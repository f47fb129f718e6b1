namespace CoverageMap.Server.Features.Editor;

/// <summary>How many addresses move from one set of partnerships to another (names; empty: none).</summary>
internal sealed record MoveCountDto(string[] From, string[] To, int Count);
