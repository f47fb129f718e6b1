using CoverageMap.Core.Registry;

namespace CoverageMap.Core.Areas;

/// <summary>
/// One dataset version: the partnerships and their areas as loaded together. Immutable.
/// </summary>
/// <param name="Version">The version's id in the store (monotonic), or 0 for a dataset not stored yet.</param>
/// <param name="Label">A human label, e.g. the source of the import.</param>
/// <param name="Partnerships">The partnerships.</param>
/// <param name="Areas">The areas, at most one per partnership.</param>
public sealed record Dataset(long Version, string Label, IReadOnlyList<Partnership> Partnerships, IReadOnlyList<Area> Areas)
{
    /// <summary>Where the stored version came from (e.g. <c>seed</c>, <c>import</c>); null for a dataset not stored.</summary>
    public string? Origin { get; init; }

    /// <summary>When the stored version was last activated (UTC); null when it never was or is not stored.</summary>
    public DateTimeOffset? ActivatedAt { get; init; }
}
