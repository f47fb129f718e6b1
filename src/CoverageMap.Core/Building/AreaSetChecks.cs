using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace CoverageMap.Core.Building;

/// <summary>
/// Checks a set of built areas together: each is valid; no two overlap beyond a tolerance; each lies (mostly)
/// inside its district. Areas are measured in a local metric projection around the geometries compared.
/// Stateless and thread-safe; performs no I/O.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>validity</c>: Error when an area is empty, not a Polygon/MultiPolygon, not SRID 4326, or invalid.</item>
/// <item><c>overlap</c>: for each pair, the intersection's area in m². Error when it exceeds the larger of
/// <see cref="AreaSetCheckOptions.OverlapToleranceSquareMetres"/> and <see cref="AreaSetCheckOptions.OverlapToleranceFraction"/>
/// × the smaller area; Info when there is a tolerated overlap; nothing when they overlap by less than 1 m² (a shared border).</item>
/// <item><c>district</c>: the fraction of the area inside the given district polygon. Error below
/// <see cref="AreaSetCheckOptions.MinFractionInsideDistrict"/>; Info otherwise (with the fraction); Warning when
/// a district was expected but none was given for the area.</item>
/// </list>
/// </remarks>
public static class AreaSetChecks
{
    /// <summary>Overlaps below this (floating-point residue of a shared border) are not reported.</summary>
    private const double NegligibleSquareMetres = 1;

    /// <summary>Runs every check.</summary>
    /// <param name="areas">The areas, at most one per partnership.</param>
    /// <param name="districtsByArea">For each area's partnership id, its district's polygon (EPSG:4326); null to
    /// skip the district check.</param>
    /// <param name="options">The tolerances.</param>
    /// <returns>Findings in the order: validity, overlap, district.</returns>
    public static IReadOnlyList<AreaSetFinding> Run(
        IReadOnlyList<Area> areas,
        IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry>? districtsByArea,
        AreaSetCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(options);

        var findings = new List<AreaSetFinding>();
        var usable = new List<Area>();
        foreach (var area in areas)
        {
            var problem = ValidityProblem(area.Geometry);
            if (problem is null) usable.Add(area);
            else findings.Add(new AreaSetFinding(FindingSeverity.Error, "validity", problem.Value.Code, area.PartnershipId, null, null, problem.Value.Facts));
        }

        for (int i = 0; i < usable.Count; i++)
            for (int j = i + 1; j < usable.Count; j++)
                CheckOverlap(findings, usable[i], usable[j], options);

        if (districtsByArea is not null)
            foreach (var area in usable) CheckDistrict(findings, area, districtsByArea, options);

        return findings;
    }

    /// <summary>Area in square metres of a lon/lat polygonal geometry (local equirectangular projection).</summary>
    public static double AreaSquareMetres(NetTopologySuite.Geometries.Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (lonLat.IsEmpty) return 0;
        return LocalProjection.Around(lonLat.EnvelopeInternal).ToMetric(lonLat).Area;
    }

    private static (string Code, object[] Facts)? ValidityProblem(NetTopologySuite.Geometries.Geometry geometry)
    {
        if (geometry.IsEmpty) return (AreaSetFindingCodes.Empty, []);
        if (geometry is not (Polygon or MultiPolygon)) return (AreaSetFindingCodes.NotPolygonal, [geometry.GeometryType]);
        if (geometry.SRID != Geo.Wgs84) return (AreaSetFindingCodes.WrongSrid, [geometry.SRID, Geo.Wgs84]);
        var op = new IsValidOp(geometry);
        if (op.IsValid) return null;
        var at = op.ValidationError?.Coordinate;
        return (AreaSetFindingCodes.Invalid, [op.ValidationError?.ErrorType.ToString() ?? "Invalid", at?.Y ?? double.NaN, at?.X ?? double.NaN]);
    }

    private static void CheckOverlap(List<AreaSetFinding> findings, Area a, Area b, AreaSetCheckOptions options)
    {
        if (!a.Geometry.EnvelopeInternal.Intersects(b.Geometry.EnvelopeInternal)) return;
        var envelope = new Envelope(a.Geometry.EnvelopeInternal);
        envelope.ExpandToInclude(b.Geometry.EnvelopeInternal);
        var projection = LocalProjection.Around(envelope);
        var ma = projection.ToMetric(a.Geometry);
        var mb = projection.ToMetric(b.Geometry);
        if (!ma.Intersects(mb)) return;

        var overlap = ma.Intersection(mb).Area;
        if (overlap < NegligibleSquareMetres) return;
        var smaller = Math.Min(ma.Area, mb.Area);
        var tolerance = Math.Max(options.OverlapToleranceSquareMetres, options.OverlapToleranceFraction * smaller);
        var fraction = smaller > 0 ? overlap / smaller : 1;
        object[] facts = [overlap, fraction * 100, tolerance];
        findings.Add(overlap > tolerance
            ? new AreaSetFinding(FindingSeverity.Error, "overlap", AreaSetFindingCodes.Overlap, a.PartnershipId, b.PartnershipId, overlap, facts)
            : new AreaSetFinding(FindingSeverity.Info, "overlap", AreaSetFindingCodes.OverlapTolerated, a.PartnershipId, b.PartnershipId, overlap, facts));
    }

    private static void CheckDistrict(
        List<AreaSetFinding> findings, Area area,
        IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> districts, AreaSetCheckOptions options)
    {
        if (!districts.TryGetValue(area.PartnershipId, out var district))
        {
            findings.Add(new AreaSetFinding(FindingSeverity.Warning, "district", AreaSetFindingCodes.DistrictMissing, area.PartnershipId, null, null, []));
            return;
        }

        var projection = LocalProjection.Around(area.Geometry.EnvelopeInternal);
        var ma = projection.ToMetric(area.Geometry);
        var md = projection.ToMetric(district);
        if (!md.IsValid) md = NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(md);
        var fraction = ma.Area > 0 ? ma.Intersection(md).Area / ma.Area : 0;
        findings.Add(new AreaSetFinding(
            fraction < options.MinFractionInsideDistrict ? FindingSeverity.Error : FindingSeverity.Info,
            "district", AreaSetFindingCodes.District, area.PartnershipId, null, fraction,
            [fraction * 100, options.MinFractionInsideDistrict * 100]));
    }
}
