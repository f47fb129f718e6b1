namespace CoverageMap.Core.Review;

/// <summary>How a partnership's area differs between two versions.</summary>
public enum AreaChangeKind
{
    /// <summary>Same geometry (the partnership's facts may still differ).</summary>
    Unchanged,

    /// <summary>The later version has an area the earlier lacked.</summary>
    Added,

    /// <summary>The earlier version had an area the later lacks.</summary>
    Removed,

    /// <summary>Both have an area and the geometry differs.</summary>
    Changed,
}
