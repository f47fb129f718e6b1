namespace CoverageMap.Core.Building;

/// <summary>
/// The codes of <see cref="AreaSetFinding"/>, each with its facts in order (<see cref="AreaSetFinding.Facts"/>;
/// the areas themselves are <see cref="AreaSetFinding.AreaId"/> and <see cref="AreaSetFinding.OtherAreaId"/>). Stateless.
/// </summary>
public static class AreaSetFindingCodes
{
    /// <summary>Error (<c>validity</c>): the area's geometry is empty. No facts.</summary>
    public const string Empty = "validity-empty";

    /// <summary>Error (<c>validity</c>): not a Polygon or MultiPolygon. Facts: the geometry's type.</summary>
    public const string NotPolygonal = "validity-not-polygonal";

    /// <summary>Error (<c>validity</c>): the wrong coordinate system. Facts: its SRID, the SRID expected.</summary>
    public const string WrongSrid = "validity-srid";

    /// <summary>Error (<c>validity</c>): invalid geometry. Facts: the validation error's type (a
    /// <see cref="NetTopologySuite.Operation.Valid.TopologyValidationErrors"/> name), latitude and longitude where it is.</summary>
    public const string Invalid = "validity-invalid";

    /// <summary>Error (<c>overlap</c>): two areas overlap beyond the tolerance. Facts: the overlap in m², as a
    /// percentage of the smaller area, the tolerance in m².</summary>
    public const string Overlap = "overlap";

    /// <summary>Info (<c>overlap</c>): two areas overlap within the tolerance. Facts as <see cref="Overlap"/>.</summary>
    public const string OverlapTolerated = "overlap-tolerated";

    /// <summary>Error or Info (<c>district</c>): the share of the area inside its district. Facts: the percentage
    /// inside, the percentage required.</summary>
    public const string District = "district";

    /// <summary>Warning (<c>district</c>): no district was given for the area. No facts.</summary>
    public const string DistrictMissing = "district-missing";

    /// <summary>Every code.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Empty, NotPolygonal, WrongSrid, Invalid, Overlap, OverlapTolerated, District, DistrictMissing];
}
