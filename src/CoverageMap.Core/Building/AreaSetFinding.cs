namespace CoverageMap.Core.Building;

/// <summary>
/// One finding of <see cref="AreaSetChecks"/>. Immutable.
/// </summary>
/// <param name="Severity"><see cref="FindingSeverity.Error"/> fails the build.</param>
/// <param name="Check">Which check: <c>validity</c>, <c>overlap</c> or <c>district</c>.</param>
/// <param name="AreaId">The partnership id of the area concerned.</param>
/// <param name="OtherAreaId">For <c>overlap</c>, the other area; otherwise null.</param>
/// <param name="Value">The measured value: overlap in m² for <c>overlap</c>, the fraction inside for
/// <c>district</c>; null for <c>validity</c>.</param>
/// <param name="Message">A sentence a person can act on.</param>
public sealed record AreaSetFinding(
    FindingSeverity Severity,
    string Check,
    string AreaId,
    string? OtherAreaId,
    double? Value,
    string Message);
