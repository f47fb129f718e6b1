using CoverageMap.Core.Geometry;
using NetTopologySuite.Geometries;
using OsmSharp;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Reads OpenStreetMap addresses (<c>addr:street</c> + <c>addr:housenumber</c>, optional <c>addr:postcode</c>) from
/// <c>.osm</c> (XML) and <c>.osm.pbf</c> with OsmSharp, streaming: nodes give their position, ways (buildings) their
/// centroid. The file is read twice: first the addressed nodes and the node ids the addressed ways need, then those
/// nodes' positions; memory grows with the addressed ways only, not with the extract. Stateless and thread-safe.
/// </summary>
/// <remarks>Relations (multipolygon buildings) with addresses are reported as skipped, not imported.</remarks>
public static class OsmAddressReader
{
    /// <summary>Reads the addresses of an OSM file in the given format (<see cref="AddressFileFormat.OsmXml"/> or <see cref="AddressFileFormat.OsmPbf"/>).</summary>
    /// <exception cref="Core.Problems.InputProblemException"><see cref="Core.Problems.InputProblem.OsmUnreadable"/>: the file is not the format asked for.</exception>
    public static IEnumerable<SourceAddress> Read(string path, AddressFileFormat format)
    {
        if (format is not (AddressFileFormat.OsmXml or AddressFileFormat.OsmPbf))
            throw new ArgumentOutOfRangeException(nameof(format), format, "OSM XML or PBF expected.");

        var ways = new List<(long Id, long[] Nodes, string? Street, string? Number, string? Postcode)>();
        var needed = new HashSet<long>();
        foreach (var g in Open(path, format))
        {
            if (!HasAddress(g.Tags)) continue;
            var (street, number, postcode) = Address(g.Tags);
            switch (g)
            {
                case Node n:
                    var problem = n.Latitude is null || n.Longitude is null ? AddressSkipReason.NoPosition : Check(number);
                    yield return new SourceAddress($"node/{n.Id}", null, street, number, postcode, n.Latitude ?? double.NaN, n.Longitude ?? double.NaN, Problem: problem);
                    break;
                case Way w:
                    ways.Add((w.Id ?? 0, w.Nodes ?? [], street, number, postcode));
                    foreach (var id in w.Nodes ?? []) needed.Add(id);
                    break;
                case Relation rel:
                    yield return new SourceAddress($"relation/{rel.Id}", null, street, number, postcode, double.NaN, double.NaN, Problem: AddressSkipReason.RelationAddress);
                    break;
            }
        }
        if (ways.Count == 0) yield break;

        var positions = new Dictionary<long, Coordinate>(needed.Count);
        foreach (var g in Open(path, format))
            if (g is Node { Id: { } id, Latitude: { } lat, Longitude: { } lon } && needed.Contains(id))
                positions[id] = new Coordinate(lon, lat);

        foreach (var w in ways)
        {
            var sid = $"way/{w.Id}";
            var coords = new List<Coordinate>(w.Nodes.Length);
            foreach (var id in w.Nodes)
                if (positions.TryGetValue(id, out var c)) coords.Add(c);
            if (coords.Count == 0 || coords.Count < w.Nodes.Length)
            {
                yield return new SourceAddress(sid, null, w.Street, w.Number, w.Postcode, double.NaN, double.NaN, Problem: AddressSkipReason.WayNodesMissing);
                continue;
            }
            var centroid = Centroid(coords);
            yield return new SourceAddress(sid, null, w.Street, w.Number, w.Postcode, centroid.Y, centroid.X, Problem: Check(w.Number));
        }
    }

    private static IEnumerable<OsmGeo> Open(string path, AddressFileFormat format)
    {
        using var stream = File.OpenRead(path);
        foreach (var g in Readers.OsmElements.Read(stream, format == AddressFileFormat.OsmPbf, Path.GetFileName(path))) yield return g;
    }

    private static bool HasAddress(OsmSharp.Tags.TagsCollectionBase? tags) =>
        tags is not null && (tags.ContainsKey("addr:housenumber") || tags.ContainsKey("addr:street"));

    private static (string? Street, string? Number, string? Postcode) Address(OsmSharp.Tags.TagsCollectionBase tags)
    {
        tags.TryGetValue("addr:street", out var street);
        tags.TryGetValue("addr:housenumber", out var number);
        tags.TryGetValue("addr:postcode", out var postcode);
        return (street, number, postcode);
    }

    private static AddressSkipReason? Check(string? number) =>
        number is not null && (number.Contains(';', StringComparison.Ordinal) || number.Contains(',', StringComparison.Ordinal)) ? AddressSkipReason.SeveralNumbers : null;

    private static Coordinate Centroid(List<Coordinate> coords)
    {
        if (coords.Count == 1) return coords[0];
        var closed = coords.Count >= 4 && coords[0].Equals2D(coords[^1]);
        NetTopologySuite.Geometries.Geometry g = closed
            ? Geo.Factory.CreatePolygon(coords.ToArray())
            : Geo.Factory.CreateLineString(coords.ToArray());
        var c = g.Centroid;
        return c.IsEmpty ? coords[0] : c.Coordinate;
    }
}
