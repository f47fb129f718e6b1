using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using CoverageMap.Core.Geometry;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using static CoverageMap.Core.Tests.Building.SyntheticStreets;

namespace CoverageMap.Core.Tests.Building;

/// <summary>
/// <see cref="AreaBuilder"/> on synthetic grids: a 400 m × 300 m block bounded by Alfa (south, y = 0),
/// Beta (east, x = 400), Gamma (north, y = 300) and Delta (west, x = 0), in metres from 52.27 N, 20.98 E.
/// </summary>
public sealed class AreaBuilderTests
{
    private const double BlockSquareMetres = 400 * 300;

    [Fact]
    public void Closed_ring_of_four_streets_builds_the_block_with_full_provenance()
    {
        var network = Network(
            Line("Alfa", 5, (0, 0), (400, 0)),
            Line("Beta", 5, (400, 0), (400, 300)),
            Line("Gamma", 5, (400, 300), (0, 300)),
            Line("Delta", 5, (0, 300), (0, 0)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var area = result.Area!;
        Assert.Equal("blok", area.PartnershipId);
        var polygon = Assert.IsType<Polygon>(area.Geometry);
        Assert.True(polygon.IsValid);
        Assert.Equal(Geo.Wgs84, polygon.SRID);
        Assert.Empty(polygon.Holes);
        Assert.Equal(5, polygon.NumPoints);
        Assert.True(Orientation.IsCCW(polygon.Shell.CoordinateSequence), "RFC 7946: exterior ring counter-clockwise");
        Assert.All(polygon.Coordinates, c =>
        {
            Assert.Equal(Math.Round(c.X * 1e7), c.X * 1e7, 6);
            Assert.Equal(Math.Round(c.Y * 1e7), c.Y * 1e7, 6);
        });
        Assert.InRange(SquareMetres(area), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
        Assert.True(polygon.Contains(PointAt(200, 150)));
        Assert.False(polygon.Contains(PointAt(450, 150)));

        var p = area.Provenance;
        Assert.Equal("polygonize-bounding-streets", p.Method);
        Assert.Equal("source", p.Basis);
        Assert.Equal("synthetic grid (inline)", p.Network);
        Assert.Equal("2024-05-01", p.NetworkDate);
        Assert.Equal("test data", p.NetworkLicence);
        Assert.Equal("2024-05-01T12:00:00Z", p.BuiltAt);
        Assert.Equal(["Alfa", "Beta", "Gamma", "Delta"], p.StreetsMatched.Select(m => m.Street));
        Assert.All(p.StreetsMatched, m => Assert.Equal([m.Street], m.Matched));
        Assert.All(p.StreetsMatched, m => Assert.True(m.InSource));
        Assert.Empty(p.Supplements);
        Assert.Empty(p.GapsBridged);
        Assert.Equal(0, p.GapToleranceMetres);
        Assert.Equal(5, p.EstimatedAccuracyMetres);
        Assert.False(p.Approximate);
        Assert.Empty(p.Notes);
        Assert.Equal(new ProvenanceFinding(ProvenanceFindingCodes.FacesFormed, ["1", "1", "0"]), p.Findings[0]);
    }

    [Fact]
    public void Streets_running_past_the_corners_leave_dangles_that_are_ignored()
    {
        var network = Network(
            Line("Alfa", (-100, 0), (500, 0)),
            Line("Beta", (400, -100), (400, 400)),
            Line("Gamma", (500, 300), (-100, 300)),
            Line("Delta", (0, 400), (0, -100)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var polygon = Assert.IsType<Polygon>(result.Area!.Geometry);
        Assert.Equal(5, polygon.NumPoints);
        Assert.InRange(SquareMetres(result.Area), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
        Assert.False(polygon.Contains(PointAt(450, 150)));
        Assert.Equal(new ProvenanceFinding(ProvenanceFindingCodes.FacesFormed, ["1", "1", "8"]), result.Area.Provenance.Findings[0]);

        // No line states its accuracy: the default (25 m) applies, which makes the area approximate.
        Assert.Equal(AreaBuildOptions.Default.DefaultAccuracyMetres, result.Area.Provenance.EstimatedAccuracyMetres);
        Assert.True(result.Area.Provenance.Approximate);
    }

    [Fact]
    public void Dual_carriageway_leaves_no_sliver_and_one_clean_polygon()
    {
        var network = Network(
            Line("Alfa", (-50, 0), (450, 0)),
            Line("Beta", (400, -50), (400, 400)),
            Line("Gamma", (-50, 300), (450, 300)),
            Line("Gamma", (450, 325), (-50, 325)),
            Line("Delta", (0, 400), (0, -50)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var polygon = Assert.IsType<Polygon>(result.Area!.Geometry);
        Assert.Empty(polygon.Holes);
        Assert.Equal(5, polygon.NumPoints);
        Assert.InRange(SquareMetres(result.Area), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
        Assert.True(polygon.Contains(PointAt(200, 290)));
        Assert.False(polygon.Contains(PointAt(200, 312)));
        var sliver = Assert.Single(result.Diagnostics, d => d.Code == "sliver-dropped");
        Assert.Equal("Gamma", sliver.Street);
        Assert.Equal("Gamma", sliver.Facts[0]);
        Assert.Equal(25, (double)sliver.Facts[1], 0.5);   // its width in metres
        Assert.Equal(["Gamma"], result.Area.Provenance.StreetsMatched[2].Matched);
    }

    [Fact]
    public void Street_that_matches_nothing_fails_and_is_named()
    {
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta", "Epsilon"), network, ExactNameMatcher.Instance, Options());

        Assert.False(result.Succeeded);
        Assert.Null(result.Area);
        var error = Assert.Single(result.Errors);
        Assert.Equal("street-unmatched", error.Code);
        Assert.Equal("Epsilon", error.Street);
        Assert.Equal(["Epsilon", network.Source], error.Facts);
    }

    private static Core.Streets.StreetNetwork OpenRing() => Network(
        Line("Alfa", 5, (0, 0), (400, 0)),
        Line("Beta", 5, (400, 0), (400, 270)),
        Line("Gamma", 5, (450, 300), (0, 300)),
        Line("Delta", 5, (0, 300), (0, 0)));

    [Fact]
    public void Ring_that_does_not_close_fails_with_the_gap_ends_and_length()
    {
        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), OpenRing(), ExactNameMatcher.Instance, Options());

        Assert.False(result.Succeeded);
        var gap = Assert.Single(result.OpenGaps);
        Assert.Equal(("Beta", "Gamma"), (gap.FromStreet, gap.ToStreet));
        Assert.Equal(30.0, gap.LengthMetres, 1);
        var betaEnd = At(400, 270);
        var onGamma = At(400, 300);
        Assert.Equal(betaEnd.Y, gap.FromLat, 6);
        Assert.Equal(betaEnd.X, gap.FromLon, 6);
        Assert.Equal(onGamma.Y, gap.ToLat, 6);
        Assert.Equal(onGamma.X, gap.ToLon, 6);

        var error = Assert.Single(result.Errors);
        Assert.Equal("ring-open", error.Code);
        Assert.Contains("'Beta'", error.Message);
        Assert.Contains("'Gamma'", error.Message);
        Assert.Contains("30.0 m", error.Message);
        Assert.Contains($"{gap.FromLat:0.000000} N, {gap.FromLon:0.000000} E", error.Message);
    }

    [Fact]
    public void Gap_longer_than_the_tolerance_is_not_bridged()
    {
        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), OpenRing(), ExactNameMatcher.Instance, Options(gapTolerance: 20));

        Assert.False(result.Succeeded);
        Assert.Single(result.OpenGaps);
        Assert.Contains("exceeded", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Gap_within_the_tolerance_is_bridged_and_recorded()
    {
        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), OpenRing(), ExactNameMatcher.Instance, Options(gapTolerance: 50));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var p = result.Area!.Provenance;
        var gap = Assert.Single(p.GapsBridged);
        Assert.Equal(("Beta", "Gamma"), (gap.FromStreet, gap.ToStreet));
        Assert.Equal(30.0, gap.LengthMetres, 1);
        Assert.Equal(50, p.GapToleranceMetres);
        Assert.True(p.Approximate);
        Assert.Equal(30.0, p.EstimatedAccuracyMetres, 1);
        Assert.Contains(result.Diagnostics, d => d.Code == "gap-bridged" && d.Severity == FindingSeverity.Info);
        var bridged = Assert.Single(p.Findings, f => f.Code == BuildDiagnosticCodes.GapBridged);
        Assert.Equal(["Beta", "Gamma", "50"], [bridged.Facts[0], bridged.Facts[2], bridged.Facts[3]]);
        Assert.InRange(SquareMetres(result.Area), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
        Assert.IsType<Polygon>(result.Area.Geometry);
    }

    [Fact]
    public void Street_not_in_the_boundary_crossing_the_area_is_not_selected()
    {
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)),
            Line("Omega", (200, -50), (200, 350)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded);
        Assert.InRange(SquareMetres(result.Area!), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
        Assert.DoesNotContain(result.Area!.Provenance.StreetsMatched, m => m.Matched.Contains("Omega"));
    }

    [Fact]
    public void Bounding_street_whose_branch_crosses_the_area_keeps_both_halves_and_reports_it()
    {
        // A second line named Beta crosses the block from Alfa to Gamma: two faces. The western one alone also has
        // every street on its outline (through the branch), so the choice is reported as a judgement.
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Beta", (200, -20), (200, 320)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var polygon = Assert.IsType<Polygon>(result.Area!.Geometry);
        Assert.InRange(SquareMetres(result.Area), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
        Assert.True(polygon.Contains(PointAt(100, 150)));
        Assert.True(polygon.Contains(PointAt(300, 150)));
        var kept = Assert.Single(result.Diagnostics, d => d.Code == "faces-kept");
        Assert.Equal(2, kept.Facts[0]);
        Assert.Equal(2, Assert.IsType<double[]>(kept.Facts[1]).Length);
        Assert.Equal(["Beta"], Assert.IsType<string[]>(kept.Facts[2]));
        Assert.Contains(result.Diagnostics, d => d.Code == "face-choice-ambiguous" && d.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void Bounding_street_that_only_crosses_the_area_fails_and_is_named()
    {
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)),
            Line("Epsilon", (200, -20), (200, 320)));

        var result = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta", "Epsilon"), network, ExactNameMatcher.Instance, Options(gapTolerance: 500));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("street-crosses-area", error.Code);
        Assert.Equal("Epsilon", error.Street);
        Assert.Equal("Epsilon", error.Facts[0]);
        Assert.Equal(300, (double)error.Facts[1], 1);   // metres of it inside the area
    }

    [Fact]
    public void Face_outside_the_ring_formed_by_streets_running_past_corners_is_dropped()
    {
        // Like Marymont-Kaskada: Słowackiego (Sigma) and Mickiewicza (Eta) run past the ends of Potocka (Pi)
        // and meet, closing a triangle outside the ring.
        var network = Network(
            Line("Delta", (0, 0), (0, 300)),
            Line("Gamma", (0, 300), (400, 300)),
            Line("Eta", (400, 300), (400, -100)),
            Line("Pi", (200, 0), (400, 100)),
            Line("Sigma", (0, 0), (500, 0)));

        var result = AreaBuilder.Build("blok", Boundary("Delta", "Gamma", "Eta", "Pi", "Sigma"), network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.InRange(SquareMetres(result.Area!), 110_000 * 0.995, 110_000 * 1.005);
        Assert.False(result.Area!.Geometry.Contains(PointAt(350, 40)));
        var dropped = Assert.Single(result.Diagnostics, d => d.Code == "faces-dropped");
        Assert.Equal(1.00, (double)dropped.Facts[0], 2);   // hectares
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void Inside_extra_that_lies_outside_the_area_is_reported()
    {
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)),
            Line("Park Testowy", (500, 100), (600, 200)));

        var boundary = Boundary("Alfa", "Beta", "Gamma", "Delta").WithExtra("Park Testowy", "inside");
        var result = AreaBuilder.Build("blok", boundary, network, ExactNameMatcher.Instance, Options());

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("extra-outside", error.Code);
        Assert.Equal("Park Testowy", error.Street);
        Assert.Equal("Park Testowy", error.Facts[0]);
        Assert.Equal(141, (double)error.Facts[1], 0.5);   // metres outside
        Assert.Equal(141, (double)error.Facts[2], 0.5);   // of metres in all
        Assert.Equal("m", error.Facts[3]);
        Assert.Equal(200, (double)error.Facts[4], 0.5);   // the farthest point from the outline
    }

    [Fact]
    public void Inside_extra_that_lies_inside_is_confirmed()
    {
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)),
            Line("Park Testowy", (100, 100), (200, 200)));

        var boundary = Boundary("Alfa", "Beta", "Gamma", "Delta").WithExtra("Park Testowy", "inside");
        var result = AreaBuilder.Build("blok", boundary, network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "extra-inside" && d.Street == "Park Testowy");
        Assert.InRange(SquareMetres(result.Area!), BlockSquareMetres * 0.995, BlockSquareMetres * 1.005);
    }

    [Fact]
    public void Union_extra_is_added_to_the_area()
    {
        var network = Network(
            Line("Alfa", (0, 0), (400, 0)),
            Line("Beta", (400, 0), (400, 300)),
            Line("Gamma", (400, 300), (0, 300)),
            Line("Delta", (0, 300), (0, 0)),
            Line("Park Testowy", (450, 100), (450, 200)));

        var boundary = Boundary("Alfa", "Beta", "Gamma", "Delta").WithExtra("Park Testowy", "union");
        var result = AreaBuilder.Build("blok", boundary, network, ExactNameMatcher.Instance, Options());

        Assert.True(result.Succeeded);
        var multi = Assert.IsType<MultiPolygon>(result.Area!.Geometry);
        Assert.Equal(2, multi.NumGeometries);
        Assert.True(multi.IsValid);
        Assert.All(Enumerable.Range(0, 2), i => Assert.True(Orientation.IsCCW(((Polygon)multi.GetGeometryN(i)).Shell.CoordinateSequence)));
        // 100 m × 30 m plus the round caps (π × 15²) ≈ 3,707 m².
        Assert.InRange(SquareMetres(result.Area) - BlockSquareMetres, 3_600, 3_750);
        Assert.True(multi.Contains(PointAt(450, 150)));
    }

    [Fact]
    public void Builds_are_deterministic()
    {
        var network = OpenRing();
        var a = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options(50));
        var b = AreaBuilder.Build("blok", Boundary("Alfa", "Beta", "Gamma", "Delta"), network, ExactNameMatcher.Instance, Options(50));

        Assert.Equal(a.Area!.Geometry.AsText(), b.Area!.Geometry.AsText());
        Assert.Equal(a.Area.Provenance.BuiltAt, b.Area.Provenance.BuiltAt);
    }
}
