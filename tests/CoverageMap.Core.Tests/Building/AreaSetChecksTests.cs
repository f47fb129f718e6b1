using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using CoverageMap.Core.Geometry;
using static CoverageMap.Core.Tests.Building.SyntheticStreets;

namespace CoverageMap.Core.Tests.Building;

/// <summary><see cref="AreaSetChecks"/> on inline rectangles (metres from 52.27 N, 20.98 E).</summary>
public sealed class AreaSetChecksTests
{
    private static readonly AreaProvenance Provenance = new(
        AreaBuilder.Method, "source", "test", null, null, [], [], [], 0, 5, false, "2024-05-01T00:00:00Z", []);

    private static Area AreaOf(string id, NetTopologySuite.Geometries.Geometry geometry) => new(id, geometry, Provenance);

    [Fact]
    public void Areas_sharing_a_border_street_have_no_overlap_finding()
    {
        var findings = AreaSetChecks.Run(
            [AreaOf("a", Rectangle(0, 0, 400, 300)), AreaOf("b", Rectangle(400, 0, 800, 300))], null, AreaSetCheckOptions.Default);

        Assert.Empty(findings);
    }

    [Fact]
    public void Thin_overlap_along_a_shared_street_is_tolerated_and_reported()
    {
        // 10 m × 300 m = 3,000 m²: under 5,000 m².
        var findings = AreaSetChecks.Run(
            [AreaOf("a", Rectangle(0, 0, 400, 300)), AreaOf("b", Rectangle(390, 0, 800, 300))], null, AreaSetCheckOptions.Default);

        var finding = Assert.Single(findings);
        Assert.Equal(("overlap", FindingSeverity.Info, "a", "b"), (finding.Check, finding.Severity, finding.AreaId, finding.OtherAreaId));
        Assert.InRange(finding.Value!.Value, 2_990, 3_010);
        Assert.Equal(AreaSetFindingCodes.OverlapTolerated, finding.Code);
        Assert.Equal(finding.Value, finding.Facts[0]);
    }

    [Fact]
    public void Overlap_beyond_both_tolerances_is_an_error()
    {
        // 50 m × 300 m = 15,000 m² > max(5,000 m², 2 % of 120,000 m² = 2,400 m²).
        var findings = AreaSetChecks.Run(
            [AreaOf("a", Rectangle(0, 0, 400, 300)), AreaOf("b", Rectangle(350, 0, 800, 300))], null, AreaSetCheckOptions.Default);

        var finding = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.InRange(finding.Value!.Value, 14_950, 15_050);
        Assert.Equal((AreaSetFindingCodes.Overlap, "a", "b"), (finding.Code, finding.AreaId, finding.OtherAreaId));
        Assert.Equal(5_000d, finding.Facts[2]);   // the tolerance: the larger of 5,000 m² and 2 % of the smaller area
    }

    [Fact]
    public void Fractional_tolerance_applies_to_large_areas()
    {
        // 10 m × 1,000 m = 10,000 m² > 5,000 m² but ≤ 2 % of the smaller (1,000 m × 1,000 m = 1,000,000 m²).
        var findings = AreaSetChecks.Run(
            [AreaOf("a", Rectangle(0, 0, 1000, 1000)), AreaOf("b", Rectangle(990, 0, 2000, 1000))], null, AreaSetCheckOptions.Default);

        Assert.Equal(FindingSeverity.Info, Assert.Single(findings).Severity);
    }

    [Theory]
    [InlineData(-12, FindingSeverity.Info)]   // 388/400 = 97 % inside
    [InlineData(-40, FindingSeverity.Error)]  // 360/400 = 90 % inside
    public void District_containment_is_checked_against_the_threshold(double districtEastEdgeShift, FindingSeverity expected)
    {
        var district = Rectangle(-1000, -1000, 400 + districtEastEdgeShift, 1000);
        var findings = AreaSetChecks.Run(
            [AreaOf("a", Rectangle(0, 0, 400, 300))],
            new Dictionary<string, NetTopologySuite.Geometries.Geometry> { ["a"] = district },
            AreaSetCheckOptions.Default);

        var finding = Assert.Single(findings);
        Assert.Equal(("district", expected), (finding.Check, finding.Severity));
        Assert.Equal((400 + districtEastEdgeShift) / 400, finding.Value!.Value, 3);
    }

    [Fact]
    public void Area_without_a_district_is_a_warning()
    {
        var findings = AreaSetChecks.Run(
            [AreaOf("a", Rectangle(0, 0, 400, 300))], new Dictionary<string, NetTopologySuite.Geometries.Geometry>(), AreaSetCheckOptions.Default);

        Assert.Equal(("district", FindingSeverity.Warning), (Assert.Single(findings).Check, findings[0].Severity));
    }

    [Fact]
    public void Invalid_or_non_polygonal_areas_are_errors_and_skip_the_other_checks()
    {
        var bowTie = Geo.Factory.CreatePolygon([At(0, 0), At(400, 300), At(400, 0), At(0, 300), At(0, 0)]);
        var line = Geo.Factory.CreateLineString([At(0, 0), At(400, 0)]);

        var findings = AreaSetChecks.Run(
            [AreaOf("bow", bowTie), AreaOf("line", line), AreaOf("ok", Rectangle(0, 0, 400, 300))], null, AreaSetCheckOptions.Default);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("validity", FindingSeverity.Error), (f.Check, f.Severity)));
        Assert.Equal((AreaSetFindingCodes.Invalid, "SelfIntersection"), (findings[0].Code, findings[0].Facts[0]));
        Assert.Equal((AreaSetFindingCodes.NotPolygonal, "LineString"), (findings[1].Code, findings[1].Facts[0]));
    }
}
