using CoverageMap.Core.Geometry;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoverageMap.Data.Store;

/// <summary>
/// How <see cref="AreaRow.GeometryWkb"/> lives in a PostGIS <c>geometry(MultiPolygon,4326)</c> column: a Polygon is
/// written as a MultiPolygon of one part, and a MultiPolygon of one part is read back as that Polygon (the store keeps
/// an area of one part as a Polygon on every provider, see <see cref="DatasetStore"/>). Stateless and thread-safe.
/// </summary>
internal static class PostgisAreaGeometry
{
    /// <summary>The converter from the row's WKB to the column's MultiPolygon and back.</summary>
    public static ValueConverter<byte[], MultiPolygon> Converter { get; } = new(wkb => ToMultiPolygon(wkb), g => ToWkb(g));

    private static MultiPolygon ToMultiPolygon(byte[] wkb)
    {
        var g = new WKBReader(Geo.Factory.GeometryServices).Read(wkb);
        return g switch
        {
            MultiPolygon m => Geo.Factory.CreateMultiPolygon(m.Geometries.Cast<Polygon>().ToArray()),
            Polygon p => Geo.Factory.CreateMultiPolygon([p]),
            _ => throw new InvalidOperationException($"An area is a Polygon or a MultiPolygon, not a {g.GeometryType}."),
        };
    }

    private static byte[] ToWkb(MultiPolygon g)
    {
        Geometry area = g.NumGeometries == 1 ? g.GetGeometryN(0) : g;
        return StoreGeometry.Writer.Write(area);
    }
}
