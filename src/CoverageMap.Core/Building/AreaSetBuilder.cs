using CoverageMap.Core.Registry;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Building;

/// <summary>
/// Builds the areas of every partnership of a registry from one street network and runs the set checks
/// (<see cref="AreaSetChecks"/>) on them. Stateless and thread-safe; no I/O.
/// </summary>
public static class AreaSetBuilder
{
    /// <summary>Builds and checks.</summary>
    /// <param name="registry">The partnerships and their boundary definitions.</param>
    /// <param name="network">The street network.</param>
    /// <param name="matcher">Street-name matching.</param>
    /// <param name="buildOptions">Tolerances of each build.</param>
    /// <param name="checkOptions">Tolerances of the set checks.</param>
    /// <param name="districts">District outlines by district name (the registry's <see cref="Partnership.District"/>), for the
    /// containment check; null to skip it.</param>
    public static AreaSetBuildResult Build(
        PartnershipRegistry registry,
        StreetNetwork network,
        IStreetNameMatcher matcher,
        AreaBuildOptions buildOptions,
        AreaSetCheckOptions checkOptions,
        IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry>? districts = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var builds = registry.Partnerships
            .Select(p => AreaBuilder.Build(p.Id, p.Boundary, network, matcher, buildOptions))
            .ToList();
        var areas = builds.Where(b => b.Area is not null).Select(b => b.Area!).ToList();
        Dictionary<string, NetTopologySuite.Geometries.Geometry>? byArea = null;
        if (districts is not null)
        {
            byArea = [];
            foreach (var p in registry.Partnerships)
                if (districts.TryGetValue(p.District, out var outline)) byArea[p.Id] = outline;
        }
        var findings = AreaSetChecks.Run(areas, byArea, checkOptions);
        return new AreaSetBuildResult(builds, findings, network.Source);
    }
}
