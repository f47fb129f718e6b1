
namespace CoverageMap.Core.Review;

/// <summary>One partnership's area compared between two versions. Immutable.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="Name">Its name in the later version (or the earlier, when removed).</param>
/// <param name="Kind">How the area differs.</param>
/// <param name="FactsChanged">True when the partnership's record (name, members, contact, boundary definition…) differs.</param>
/// <param name="BeforeHectares">The area in the earlier version (0 when it had none).</param>
/// <param name="AfterHectares">The area in the later version (0 when it has none).</param>
/// <param name="GainedHectares">Land the later version adds.</param>
/// <param name="LostHectares">Land the later version drops.</param>
/// <param name="Gained">The land added (EPSG:4326), empty when none.</param>
/// <param name="Lost">The land dropped (EPSG:4326), empty when none.</param>
public sealed record AreaChange(
    string PartnershipId,
    string Name,
    AreaChangeKind Kind,
    bool FactsChanged,
    double BeforeHectares,
    double AfterHectares,
    double GainedHectares,
    double LostHectares,
    NetTopologySuite.Geometries.Geometry Gained,
    NetTopologySuite.Geometries.Geometry Lost);
