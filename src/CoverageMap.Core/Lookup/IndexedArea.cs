using CoverageMap.Core.Areas;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// One entry of <see cref="AreaIndex"/>: an area with its prepared point locator and its rings, or (with no
/// area) the query point of a nearest-neighbour search. Immutable once built.
/// </summary>
internal sealed class IndexedArea
{
    private IndexedArea(Area? area, string name, IPointOnGeometryLocator? locator, CoordinateSequence[] rings, double queryX, double queryY)
    {
        Area = area;
        Name = name;
        Locator = locator;
        Rings = rings;
        QueryX = queryX;
        QueryY = queryY;
    }

    public Area? Area { get; }
    public string PartnershipId => Area?.PartnershipId ?? string.Empty;
    public string Name { get; }
    public IPointOnGeometryLocator? Locator { get; }

    /// <summary>Shells and holes of every polygon of the area, in lon/lat.</summary>
    public CoordinateSequence[] Rings { get; }

    /// <summary>For a query entry: the point in the index's scaled space (x = lon·k, y = lat).</summary>
    public double QueryX { get; }
    public double QueryY { get; }

    public static IndexedArea ForArea(Area area, string name)
    {
        var rings = new List<CoordinateSequence>();
        for (int i = 0; i < area.Geometry.NumGeometries; i++)
        {
            if (area.Geometry.GetGeometryN(i) is not Polygon polygon) continue;
            rings.Add(polygon.Shell.CoordinateSequence);
            foreach (var hole in polygon.Holes) rings.Add(hole.CoordinateSequence);
        }
        var locator = new IndexedPointInAreaLocator(area.Geometry);
        // The locator builds its segment index lazily; build it now so queries never race to build it.
        locator.Locate(area.Geometry.EnvelopeInternal.Centre);
        return new IndexedArea(area, name, locator, [.. rings], 0, 0);
    }

    public static IndexedArea ForQuery(double scaledX, double y) => new(null, string.Empty, null, [], scaledX, y);
}
