namespace CoverageMap.Core.Addresses;

/// <summary>How an answer relates to a partnership's area: one value for point, address, batch and street answers.</summary>
public enum AreaRelation
{
    /// <summary>The point (or the stretch of street) lies inside the area.</summary>
    Inside,

    /// <summary>The point lies exactly on the area's border (the boundary rule: every such area is listed).</summary>
    OnBorder,

    /// <summary>The street runs along the area's border: one side of it is in the area.</summary>
    AlongBorder,
}
