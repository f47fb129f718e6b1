using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Exchange;

/// <summary>
/// The KML exchange file (OGC KML 2.2), written and read here — NetTopologySuite has no KML codec and a few dozen
/// lines do: one <c>Placemark</c> per partnership (<c>id</c> = partnership id, <c>name</c>), an <c>ExtendedData</c>
/// with <c>partnershipId</c>, <c>partnership</c> and <c>provenance</c>, and a <c>Polygon</c> or a
/// <c>MultiGeometry</c> of polygons with coordinates <c>longitude,latitude</c> at full precision. Thread-safe.
/// </summary>
public sealed class KmlExchange : IExchangeCodec
{
    public static KmlExchange Instance { get; } = new();

    private static readonly XNamespace Kml = "http://www.opengis.net/kml/2.2";

    public void Write(IReadOnlyList<ExchangeRecord> records, string path)
    {
        using var w = XmlWriter.Create(path, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("kml", Kml.NamespaceName);
        w.WriteStartElement("Document");
        w.WriteElementString("name", "CoverageMap");
        foreach (var r in records)
        {
            w.WriteStartElement("Placemark");
            w.WriteAttributeString("id", r.PartnershipId);
            w.WriteElementString("name", r.Name);
            w.WriteStartElement("ExtendedData");
            Data(w, "partnershipId", r.PartnershipId);
            if (r.PartnershipJson is not null) Data(w, "partnership", r.PartnershipJson);
            if (r.ProvenanceJson is not null) Data(w, "provenance", r.ProvenanceJson);
            w.WriteEndElement();
            if (r.Geometry is MultiPolygon mp)
            {
                w.WriteStartElement("MultiGeometry");
                foreach (var p in mp.Geometries.Cast<Polygon>()) WritePolygon(w, p);
                w.WriteEndElement();
            }
            else if (r.Geometry is Polygon polygon) WritePolygon(w, polygon);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Data(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("Data");
        w.WriteAttributeString("name", name);
        w.WriteElementString("value", value);
        w.WriteEndElement();
    }

    private static void WritePolygon(XmlWriter w, Polygon p)
    {
        w.WriteStartElement("Polygon");
        Ring(w, "outerBoundaryIs", p.Shell);
        foreach (var hole in p.Holes) Ring(w, "innerBoundaryIs", hole);
        w.WriteEndElement();
    }

    private static void Ring(XmlWriter w, string boundary, LineString ring)
    {
        w.WriteStartElement(boundary);
        w.WriteStartElement("LinearRing");
        w.WriteElementString("coordinates", string.Join(' ', ring.Coordinates.Select(c =>
            c.X.ToString("R", CultureInfo.InvariantCulture) + "," + c.Y.ToString("R", CultureInfo.InvariantCulture))));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public IReadOnlyList<ExchangeRecord> Read(string path)
    {
        var file = Path.GetFileName(path);
        XDocument doc;
        try
        {
            doc = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.KmlNotXml, file,
                e.LineNumber.ToString(CultureInfo.InvariantCulture), e.LinePosition.ToString(CultureInfo.InvariantCulture)), e);
        }
        var ns = doc.Root?.Name.Namespace ?? Kml;
        if (doc.Root?.Name.LocalName != "kml") throw new InputProblemException(InputProblem.NotKml, file);
        var records = new List<ExchangeRecord>();
        foreach (var pm in doc.Descendants(ns + "Placemark"))
        {
            var data = pm.Element(ns + "ExtendedData")?.Elements(ns + "Data")
                .GroupBy(d => (string?)d.Attribute("name") ?? "").ToDictionary(g => g.Key, g => g.First().Element(ns + "value")?.Value) ?? [];
            var id = data.GetValueOrDefault("partnershipId") ?? (string?)pm.Attribute("id") ?? "";
            var name = pm.Element(ns + "name")?.Value.Trim() ?? "";
            var polygons = pm.Descendants(ns + "Polygon").Select(p => ReadPolygon(p, ns, file, name.Length > 0 ? name : id)).ToArray();
            Geometry? geometry = polygons.Length switch
            {
                0 => null,
                1 when pm.Element(ns + "MultiGeometry") is null => polygons[0],
                _ => Geo.Factory.CreateMultiPolygon(polygons),
            };
            records.Add(new ExchangeRecord(id.Trim(), name, geometry, data.GetValueOrDefault("partnership"), data.GetValueOrDefault("provenance")));
        }
        return records;
    }

    /// <summary>A placemark's polygon; <paramref name="placemark"/> (its name, else its id) names it in problems.</summary>
    private static Polygon ReadPolygon(XElement p, XNamespace ns, string file, string placemark)
    {
        LinearRing Ring(XElement? boundary) => Geo.Factory.CreateLinearRing(Coordinates(boundary?.Element(ns + "LinearRing")?.Element(ns + "coordinates")?.Value, file, placemark));
        try
        {
            return Geo.Factory.CreatePolygon(Ring(p.Element(ns + "outerBoundaryIs")), [.. p.Elements(ns + "innerBoundaryIs").Select(Ring)]);
        }
        catch (ArgumentException e)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.KmlRingNotClosed, file, placemark), e);
        }
    }

    private static Coordinate[] Coordinates(string? text, string file, string placemark) =>
        [.. (text ?? "").Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(tuple =>
        {
            var parts = tuple.Split(',');
            if (parts.Length < 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
                throw new InputProblemException(InputProblem.KmlCoordinates, file, placemark, tuple);
            return new Coordinate(lon, lat);
        })];
}
