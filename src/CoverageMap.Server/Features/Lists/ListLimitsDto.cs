namespace CoverageMap.Server.Features.Lists;

/// <summary>The limits of a list of addresses, as configured (<see cref="ListOptions"/>).</summary>
/// <param name="MaxRows">Most rows of a list, the header not counted.</param>
/// <param name="MaxBytes">Largest file, bytes.</param>
internal sealed record ListLimitsDto(int MaxRows, long MaxBytes);
