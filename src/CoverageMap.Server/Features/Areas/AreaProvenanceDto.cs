using System.ComponentModel;

namespace CoverageMap.Server.Features.Areas;

/// <summary>How an area's geometry was built, from what, and how accurate it is.</summary>
internal sealed record AreaProvenanceDto(
    string Method, string Basis, string Network, string? NetworkDate, string? NetworkLicence,
    IReadOnlyList<StreetMatchDto> StreetsMatched, IReadOnlyList<string> Supplements, IReadOnlyList<GapDto> GapsBridged,
    double GapToleranceMetres, double EstimatedAccuracyMetres, bool Approximate, string BuiltAt,
    [property: Description("Remarks a person wrote about the area (free text; older areas may carry the builder's English notes here).")]
    IReadOnlyList<string> Notes,
    [property: Description("What a user of the area must know about how it was made, as codes and facts (the builder's " +
        "decisions and warnings, faces formed, imported without provenance); the words come from the client's catalogue.")]
    IReadOnlyList<ProvenanceFindingDto> Findings);
