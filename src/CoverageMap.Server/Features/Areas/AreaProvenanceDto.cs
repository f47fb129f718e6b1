namespace CoverageMap.Server.Features.Areas;

/// <summary>How an area's geometry was built, from what, and how accurate it is.</summary>
internal sealed record AreaProvenanceDto(
    string Method, string Basis, string Network, string? NetworkDate, string? NetworkLicence,
    IReadOnlyList<StreetMatchDto> StreetsMatched, IReadOnlyList<string> Supplements, IReadOnlyList<GapDto> GapsBridged,
    double GapToleranceMetres, double EstimatedAccuracyMetres, bool Approximate, string BuiltAt, IReadOnlyList<string> Notes);
