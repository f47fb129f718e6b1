namespace CoverageMap.Core.Building;

/// <summary>
/// Tolerances and defaults of <see cref="AreaBuilder"/>. All lengths are metres (the builder works in a local
/// metric projection). Immutable; <see cref="Default"/> is shared.
/// </summary>
public sealed record AreaBuildOptions
{
    /// <summary>The options with every default.</summary>
    public static AreaBuildOptions Default { get; } = new();

    /// <summary>The longest gap between two consecutive bounding streets the builder may bridge with a straight
    /// segment. Default 0: gaps are reported, never bridged. Each bridged gap is recorded in the provenance.</summary>
    public double GapToleranceMetres { get; init; }

    /// <summary>The accuracy assumed for a network line that states none. Default 25 m.</summary>
    public double DefaultAccuracyMetres { get; init; } = 25;

    /// <summary>An area whose estimated accuracy is worse than this is marked approximate. Default 10 m.</summary>
    public double ApproximateAboveMetres { get; init; } = 10;

    /// <summary>A face narrower than this (the width of the rectangle with its area and perimeter) whose boundary is mostly one street is a
    /// sliver between two carriageways of that street and is dropped. Default 50 m.</summary>
    public double SliverMaxWidthMetres { get; init; } = 50;

    /// <summary>The share of a face's perimeter one street must make up for the face to count as that street's
    /// sliver. Default 0.75.</summary>
    public double SliverSingleStreetShare { get; init; } = 0.75;

    /// <summary>A bounding street must make up at least this length of the outline to count as bounding it.
    /// Default 10 m.</summary>
    public double MinStreetContributionMetres { get; init; } = 10;

    /// <summary>How far outside the area the lines of an <c>inside</c> extra may lie and still count as inside.
    /// Default 10 m.</summary>
    public double ExtraToleranceMetres { get; init; } = 10;

    /// <summary>For a <c>union</c> extra given as lines, the buffer around them that is added to the area.
    /// Default 15 m.</summary>
    public double ExtraBufferMetres { get; init; } = 15;

    /// <summary>The most candidate faces the builder will choose among (it tries every connected subset).
    /// Default 16.</summary>
    public int MaxFaces { get; init; } = 16;

    /// <summary>The clock that stamps <c>BuiltAt</c>; inject a fixed one in tests. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
