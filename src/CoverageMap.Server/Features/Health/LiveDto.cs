namespace CoverageMap.Server.Features.Health;

/// <summary>The liveness answer: the process runs.</summary>
/// <param name="Status">Always <c>live</c>.</param>
internal sealed record LiveDto(string Status);
