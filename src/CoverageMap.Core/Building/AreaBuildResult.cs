using CoverageMap.Core.Areas;

namespace CoverageMap.Core.Building;

/// <summary>
/// The outcome of <see cref="AreaBuilder.Build"/>: the area on success, and in every case the diagnostics that
/// explain the decisions (or the failure). Immutable.
/// </summary>
/// <param name="PartnershipId">The partnership the build was for.</param>
/// <param name="Area">The built area; null when the build failed.</param>
/// <param name="Diagnostics">Errors (the build failed), warnings and infos, in the order they arose.</param>
/// <param name="OpenGaps">On a failure because the ring of streets does not close: each gap between streets
/// that are consecutive in the ring, with both end points and the length; otherwise empty.</param>
/// <param name="Faces">On success, how many faces the streets formed and how many were kept; null otherwise.</param>
public sealed record AreaBuildResult(
    string PartnershipId,
    Area? Area,
    IReadOnlyList<BuildDiagnostic> Diagnostics,
    IReadOnlyList<GapRecord> OpenGaps,
    FaceCounts? Faces = null)
{
    /// <summary>True when an area was built (and no error was reported).</summary>
    public bool Succeeded => Area is not null;

    /// <summary>The diagnostics of severity <see cref="FindingSeverity.Error"/>.</summary>
    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(d => d.Severity == FindingSeverity.Error);
}
