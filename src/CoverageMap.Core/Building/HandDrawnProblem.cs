namespace CoverageMap.Core.Building;

/// <summary>Why a polygon drawn or adjusted by hand cannot become an area.</summary>
public enum HandDrawnProblem
{
    /// <summary>It is not a polygon or multipolygon, or it is empty.</summary>
    NotPolygonal,

    /// <summary>It has more vertices than <see cref="HandDrawnArea.MaxVertices"/>.</summary>
    TooManyVertices,

    /// <summary>Some vertex lies outside Warsaw's extent (<see cref="HandDrawnArea.Extent"/>).</summary>
    OutsideWarsaw,

    /// <summary>Repairing it left nothing (a polygon folded onto itself).</summary>
    Degenerate,
}
