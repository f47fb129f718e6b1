namespace CoverageMap.Core.Building;

/// <summary>
/// Tolerances of <see cref="AreaSetChecks"/>. Immutable; <see cref="Default"/> is shared.
/// </summary>
/// <remarks>
/// Areas built from approximate streets may overlap in a thin strip along a border street they share (two
/// partnerships each built with a slightly different line of that street). An overlap is tolerated when it is at
/// most <see cref="OverlapToleranceSquareMetres"/> <em>or</em> at most <see cref="OverlapToleranceFraction"/> of the
/// smaller area, whichever is larger: with the defaults, 0.5 ha, or 2 % of the smaller area (a 20 m strip along
/// 500 m of a 50 ha area is 1 ha = 2 %).
/// </remarks>
public sealed record AreaSetCheckOptions
{
    /// <summary>The defaults: 5,000 m², 2 %, 95 % inside the district.</summary>
    public static AreaSetCheckOptions Default { get; } = new();

    /// <summary>An overlap of at most this many square metres is tolerated. Default 5,000 m² (0.5 ha).</summary>
    public double OverlapToleranceSquareMetres { get; init; } = 5_000;

    /// <summary>An overlap of at most this fraction of the smaller area is tolerated. Default 0.02.</summary>
    public double OverlapToleranceFraction { get; init; } = 0.02;

    /// <summary>The least fraction of an area that must lie inside its district. Default 0.95: the street skeleton is
    /// off by tens of metres, and one real area is only ~98 % inside.</summary>
    public double MinFractionInsideDistrict { get; init; } = 0.95;
}
