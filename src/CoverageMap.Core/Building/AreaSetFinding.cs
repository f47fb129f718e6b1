namespace CoverageMap.Core.Building;

/// <summary>
/// One finding of <see cref="AreaSetChecks"/>: a code and its facts; the sentence a person reads comes from the
/// CLI's catalogue. Immutable.
/// </summary>
/// <param name="Severity"><see cref="FindingSeverity.Error"/> fails the build.</param>
/// <param name="Check">Which check: <c>validity</c>, <c>overlap</c> or <c>district</c>.</param>
/// <param name="Code">What it found, one of <see cref="AreaSetFindingCodes.All"/> (e.g. <c>overlap-tolerated</c>).</param>
/// <param name="AreaId">The partnership id of the area concerned.</param>
/// <param name="OtherAreaId">For <c>overlap</c>, the other area; otherwise null.</param>
/// <param name="Value">The measured value: overlap in m² for <c>overlap</c>, the fraction inside for
/// <c>district</c>; null for <c>validity</c>.</param>
/// <param name="Facts">The values the code's sentence needs besides the areas, in the order
/// <see cref="AreaSetFindingCodes"/> lists — never a phrase.</param>
public sealed record AreaSetFinding(
    FindingSeverity Severity,
    string Check,
    string Code,
    string AreaId,
    string? OtherAreaId,
    double? Value,
    IReadOnlyList<object> Facts);
