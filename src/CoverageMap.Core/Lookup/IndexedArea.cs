using CoverageMap.Core.Areas;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// One entry of <see cref="AreaIndex"/>: an area with its prepared point locator, its border in the index's
/// scaled space and its scaled envelope; or (with no area) the query point of a nearest-neighbour search.
/// Immutable once built.
/// </summary>
internal sealed class IndexedArea
{
    private IndexedArea(Area? area, string name, IPointOnGeometryLocator? locator, ScaledBoundary? boundary, Envelope scaledEnvelope)
    {
        Area = area;
        Name = name;
        Locator = locator;
        Boundary = boundary;
        ScaledEnvelope = scaledEnvelope;
    }

    public Area? Area { get; }
    public string PartnershipId => Area?.PartnershipId ?? string.Empty;
    public string Name { get; }
    public IPointOnGeometryLocator? Locator { get; }
    public ScaledBoundary? Boundary { get; }
    public Envelope ScaledEnvelope { get; }

    public static IndexedArea ForArea(Area area, string name, double k)
    {
        var locator = new IndexedPointInAreaLocator(area.Geometry);
        // The locator builds its segment index lazily; build it now so queries never race to build it.
        locator.Locate(area.Geometry.EnvelopeInternal.Centre);
        var e = area.Geometry.EnvelopeInternal;
        return new IndexedArea(area, name, locator, new ScaledBoundary(area.Geometry, k), new Envelope(e.MinX * k, e.MaxX * k, e.MinY, e.MaxY));
    }

    public static IndexedArea ForQuery(double scaledX, double y) => new(null, string.Empty, null, null, new Envelope(scaledX, scaledX, y, y));
}
