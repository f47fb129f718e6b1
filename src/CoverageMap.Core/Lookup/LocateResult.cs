namespace CoverageMap.Core.Lookup;

/// <summary>
/// What <see cref="AreaIndex.Locate"/> found for a point. Immutable.
/// </summary>
/// <param name="Latitude">The point's latitude (EPSG:4326).</param>
/// <param name="Longitude">The point's longitude (EPSG:4326).</param>
/// <param name="Areas">Every area whose closure contains the point: interior matches first, then border matches,
/// each group ordered by partnership id. Empty when no area covers the point.</param>
/// <param name="Nearest">When no area covers the point, the nearest area; null when some area covers it or the
/// index is empty.</param>
public sealed record LocateResult(double Latitude, double Longitude, IReadOnlyList<AreaMatch> Areas, NearestArea? Nearest)
{
    /// <summary>True when at least one area covers the point (its interior or its border).</summary>
    public bool Covered => Areas.Count > 0;

    /// <summary>True when the point lies on the border of at least one of the matched areas.</summary>
    public bool OnBoundary
    {
        get
        {
            foreach (var a in Areas) if (a.OnBoundary) return true;
            return false;
        }
    }
}
