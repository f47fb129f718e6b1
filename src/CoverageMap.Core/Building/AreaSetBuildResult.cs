using CoverageMap.Core.Areas;

namespace CoverageMap.Core.Building;

/// <summary>The outcome of building every partnership's area and checking them together. Immutable.</summary>
/// <param name="Builds">One result per partnership, in the registry's order.</param>
/// <param name="Findings">The set checks (validity, overlap, district), run on the areas that built.</param>
/// <param name="NetworkSource">The network the areas were built from.</param>
public sealed record AreaSetBuildResult(IReadOnlyList<AreaBuildResult> Builds, IReadOnlyList<AreaSetFinding> Findings, string NetworkSource)
{
    /// <summary>True when every area built and no check found an error.</summary>
    public bool Succeeded => Builds.All(b => b.Succeeded) && Findings.All(f => f.Severity != FindingSeverity.Error);

    /// <summary>The same result with <paramref name="date"/> recorded as the network's date in every area's provenance.</summary>
    public AreaSetBuildResult WithNetworkDate(string date) => this with
    {
        Builds = Builds.Select(b => b.Area is null ? b : b with { Area = b.Area with { Provenance = b.Area.Provenance with { NetworkDate = date } } }).ToList(),
    };

    /// <summary>The areas that built, in the registry's order.</summary>
    public IReadOnlyList<Area> Areas => Builds.Where(b => b.Area is not null).Select(b => b.Area!).ToList();
}
