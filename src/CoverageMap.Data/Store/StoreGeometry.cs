using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoverageMap.Data.Store;

/// <summary>How the store writes an area's geometry: one WKB writer and one canonical shape. Stateless and thread-safe.</summary>
internal static class StoreGeometry
{
    /// <summary>ISO WKB, little-endian, 2D, no SRID (the SRID is always 4326).</summary>
    public static WKBWriter Writer => new(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);

    /// <summary>The canonical shape of an area: a MultiPolygon of one part is that Polygon; anything else as it is.</summary>
    public static Geometry Canonical(Geometry area) => area is MultiPolygon { NumGeometries: 1 } m ? m.GetGeometryN(0) : area;
}
