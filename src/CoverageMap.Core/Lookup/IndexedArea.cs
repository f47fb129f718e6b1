using CoverageMap.Core.Areas;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// One entry of <see cref="AreaIndex"/>: an area with its point locator (built here, never lazily), its border in the index's
/// scaled space and its scaled envelope; or (with no area) the query point of a nearest-neighbour search.
/// Immutable once built.
/// </summary>
internal sealed class IndexedArea
{
    private IndexedArea(Area? area, string name, StripLocator? locator, ScaledBoundary? boundary, Envelope scaledEnvelope)
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
    public StripLocator? Locator { get; }
    public ScaledBoundary? Boundary { get; }
    public Envelope ScaledEnvelope { get; }

    public static IndexedArea ForArea(Area area, string name, double k)
    {
        var locator = new StripLocator(area.Geometry);
        var e = area.Geometry.EnvelopeInternal;
        return new IndexedArea(area, name, locator, new ScaledBoundary(area.Geometry, k), new Envelope(e.MinX * k, e.MaxX * k, e.MinY, e.MaxY));
    }

    public static IndexedArea ForQuery(double scaledX, double y) => new(null, string.Empty, null, null, new Envelope(scaledX, scaledX, y, y));
}
