namespace CoverageMap.Core.Addresses;

/// <summary>
/// Point → the partnership areas that contain it (the <c>AreaIndex</c> of the lookup feature answers this).
/// Implementations are immutable and thread-safe.
/// </summary>
public interface IAreaLocator
{
    /// <summary>The areas containing the point, each saying whether the point lies on its boundary; empty when none.</summary>
    IReadOnlyList<AreaHit> Locate(double latitude, double longitude);
}
