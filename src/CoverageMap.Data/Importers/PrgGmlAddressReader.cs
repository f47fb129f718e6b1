using System.Globalization;
using System.Xml;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Streams PRG address points (<c>prg-ad:PRG_PunktAdresowy</c>) out of a GUGiK GML file with an
/// <see cref="XmlReader"/>, never loading the document (a voivodeship's file is gigabytes). Stateless and
/// thread-safe; each enumeration opens the file.
/// </summary>
/// <remarks>
/// <para><b>Schema assumed</b> (PRG "punkty adresowe" GML as published until the EMUiA 2021 model replaces it):
/// namespaces <c>prg-ad</c> = <c>urn:gugik:specyfikacje:gmlas:panstwowyRejestrGranicAdresy:1.0</c>, <c>bt</c> =
/// <c>urn:gugik:specyfikacje:gmlas:modelPodstawowy:1.0</c>, <c>mua</c> =
/// <c>urn:gugik:specyfikacje:gmlas:ewidencjaMiejscowosciUlicAdresow:1.0</c>, <c>gml</c> =
/// <c>http://www.opengis.net/gml/3.2</c>, <c>xlink</c>. Elements are matched by local name inside any
/// <c>urn:gugik:</c> namespace (GUGiK has bumped versions), so a <c>:1.1</c> file reads the same.
/// A point: <c>idIIP/BT_Identyfikator/lokalnyId</c> (the id), <c>ulica</c> (street name text),
/// <c>numerPorzadkowy</c>, <c>kodPocztowy</c>, <c>status</c>, <c>pozycja/gml:Point/gml:pos</c>, and
/// <c>komponent</c> links (<c>xlink:href</c> ending in the <c>gml:id</c> of a street object). A street object
/// (<c>PRG_UlicaNazwa</c>, also accepted as <c>AD_UlicaNazwa</c>) gives <c>idTERYT</c> (TERYT ULIC),
/// <c>przedrostek1Czesc</c>, <c>przedrostek2Czesc</c>, <c>nazwaCzesc</c>, <c>nazwaGlownaCzesc</c>, <c>typ</c>.
/// The file is read twice: first for the street objects (few), then for the points.</para>
/// <para><b>Axis order.</b> <c>gml:pos</c> in EPSG:2180 is written in the EPSG axis order, <b>northing first</b>:
/// in Warsaw <c>487000 637000</c> means N = 487 000, E = 637 000. Read the other way it would land near 53.4 N
/// 19.3 E, 130 km away. <see cref="AxisOrder.Auto"/> uses the northing-first order for every spelling of 2180
/// (<c>urn:ogc:def:crs:EPSG::2180</c>, <c>http://www.opengis.net/def/crs/EPSG/0/2180</c>, <c>EPSG:2180</c>) and a
/// point without <c>srsName</c>; each point also carries the swapped reading so the importer can say
/// "axis order looks swapped" when only that reading lands in the expected area. Other CRSs are refused.</para>
/// </remarks>
public static class PrgGmlAddressReader
{
    private const string XlinkNs = "http://www.w3.org/1999/xlink";
    private const string GmlNsPrefix = "http://www.opengis.net/gml";

    /// <summary>Reads the file's address points.</summary>
    /// <exception cref="InputProblemException">The file is not well-formed XML (<see cref="InputProblem.AddressNotXml"/>, at
    /// once: the first pass reads it all) or, when enumerated, has no PRG address points (<see cref="InputProblem.AddressNoPrgPoints"/>).</exception>
    public static IEnumerable<SourceAddress> Read(string path, AxisOrder axisOrder = AxisOrder.Auto)
    {
        Dictionary<string, (string? Id, string Name)> streets;
        try
        {
            streets = ReadStreets(path);
        }
        catch (XmlException e)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.AddressNotXml, Path.GetFileName(path),
                Math.Max(e.LineNumber, 1).ToString(CultureInfo.InvariantCulture), Math.Max(e.LinePosition, 1).ToString(CultureInfo.InvariantCulture)), e);
        }
        return ReadPoints(path, streets, axisOrder);
    }

    private static XmlReader Open(string path) => XmlReader.Create(path, new XmlReaderSettings
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    });

    private static bool IsGugik(XmlReader r) => r.NamespaceURI.StartsWith("urn:gugik:", StringComparison.Ordinal);

    private static Dictionary<string, (string? Id, string Name)> ReadStreets(string path)
    {
        var streets = new Dictionary<string, (string?, string)>(StringComparer.Ordinal);
        using var r = Open(path);
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || !IsGugik(r) || r.LocalName is not ("PRG_UlicaNazwa" or "AD_UlicaNazwa")) continue;
            var gmlId = GmlId(r);
            string? teryt = null, p1 = null, p2 = null, czesc = null, glowna = null, nazwa = null;
            using (var sub = r.ReadSubtree())
            {
                sub.Read();
                while (!sub.EOF)
                {
                    if (sub.NodeType == XmlNodeType.Element && sub.LocalName is "idTERYT" or "przedrostek1Czesc" or "przedrostek2Czesc" or "nazwaCzesc" or "nazwaGlownaCzesc" or "nazwa")
                    {
                        var name = sub.LocalName;
                        var v = sub.ReadElementContentAsString().Trim();
                        switch (name)
                        {
                            case "idTERYT": teryt = v; break;
                            case "przedrostek1Czesc": p1 = v; break;
                            case "przedrostek2Czesc": p2 = v; break;
                            case "nazwaCzesc": czesc = v; break;
                            case "nazwaGlownaCzesc": glowna = v; break;
                            default: nazwa = v; break;
                        }
                        continue;
                    }
                    sub.Read();
                }
            }
            var full = string.Join(' ', new[] { p1, p2, czesc, glowna }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (full.Length == 0) full = nazwa ?? "";
            if (gmlId is not null) streets[gmlId] = (string.IsNullOrEmpty(teryt) ? null : teryt, full);
        }
        return streets;
    }

    private static IEnumerable<SourceAddress> ReadPoints(string path, Dictionary<string, (string? Id, string Name)> streets, AxisOrder axisOrder)
    {
        using var r = Open(path);
        int found = 0;
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || !IsGugik(r) || r.LocalName is not ("PRG_PunktAdresowy" or "AD_PunktAdresowy")) continue;
            found++;
            var gmlId = GmlId(r);
            string? localId = null, ulica = null, numer = null, kod = null, status = null, pos = null, srs = null;
            var links = new List<string>();
            using (var sub = r.ReadSubtree())
            {
                sub.Read();
                while (!sub.EOF)
                {
                    if (sub.NodeType == XmlNodeType.Element)
                    {
                        if (sub.LocalName == "komponent" && sub.GetAttribute("href", XlinkNs) is { } href) links.Add(href);
                        if (sub.LocalName == "Point" && sub.NamespaceURI.StartsWith(GmlNsPrefix, StringComparison.Ordinal)) srs = sub.GetAttribute("srsName") ?? srs;
                        if (sub.LocalName is "lokalnyId" or "ulica" or "numerPorzadkowy" or "kodPocztowy" or "status" or "pos" && !sub.IsEmptyElement)
                        {
                            var name = sub.LocalName;
                            var v = sub.ReadElementContentAsString().Trim();
                            switch (name)
                            {
                                case "lokalnyId": localId = v; break;
                                case "ulica": ulica = v; break;
                                case "numerPorzadkowy": numer = v; break;
                                case "kodPocztowy": kod = v; break;
                                case "status": status = v; break;
                                default: pos = v; break;
                            }
                            continue;
                        }
                    }
                    sub.Read();
                }
            }

            var id = localId ?? gmlId ?? $"#{found}";
            (string? Id, string Name)? street = null;
            foreach (var link in links)
            {
                var target = link[(link.LastIndexOfAny(['/', '#']) + 1)..];
                if (streets.TryGetValue(target, out var s)) { street = s; break; }
            }
            var streetName = !string.IsNullOrWhiteSpace(ulica) ? ulica : street?.Name;
            string? postcode = string.IsNullOrWhiteSpace(kod) ? null : kod;
            if (string.Equals(status, "archiwalny", StringComparison.OrdinalIgnoreCase))
            {
                yield return new SourceAddress(id, street?.Id, streetName, numer, postcode, double.NaN, double.NaN, Problem: AddressSkipReason.Archival);
                continue;
            }
            if (srs is not null && !srs.EndsWith("2180", StringComparison.Ordinal))
            {
                yield return new SourceAddress(id, street?.Id, streetName, numer, postcode, double.NaN, double.NaN, Problem: AddressSkipReason.UnsupportedCrs, ProblemFacts: [srs ?? ""]);
                continue;
            }
            if (!TryParsePos(pos, out var first, out var second))
            {
                yield return new SourceAddress(id, street?.Id, streetName, numer, postcode, double.NaN, double.NaN, Problem: AddressSkipReason.NoPosition);
                continue;
            }
            var (northing, easting) = axisOrder == AxisOrder.EastingNorthing ? (second, first) : (first, second);
            var (lat, lon) = CrsTransforms.ToLatLon(CrsTransforms.Puwg1992, easting, northing);
            var (swLat, swLon) = CrsTransforms.ToLatLon(CrsTransforms.Puwg1992, northing, easting);
            yield return new SourceAddress(id, street?.Id, streetName, numer, postcode, lat, lon, swLat, swLon);
        }
        if (found == 0)
            throw new InputProblemException(InputProblem.AddressNoPrgPoints, Path.GetFileName(path));
    }

    private static string? GmlId(XmlReader r)
    {
        if (!r.MoveToFirstAttribute()) return null;
        string? id = null;
        do
        {
            if (r.LocalName == "id" && r.NamespaceURI.StartsWith(GmlNsPrefix, StringComparison.Ordinal)) id = r.Value;
        }
        while (r.MoveToNextAttribute());
        r.MoveToElement();
        return id;
    }

    private static bool TryParsePos(string? pos, out double a, out double b)
    {
        a = b = double.NaN;
        if (pos is null) return false;
        var parts = pos.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 2 or 3
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out b);
    }
}
