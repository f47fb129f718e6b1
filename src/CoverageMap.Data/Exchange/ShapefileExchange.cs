using System.Text;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace CoverageMap.Data.Exchange;

/// <summary>
/// The Shapefile exchange files, written and read by NetTopologySuite.IO.Esri.Shapefile: polygons (a partnership
/// without an area has a null shape) with <c>.prj</c> (WGS 84) and <c>.cpg</c> (UTF-8). A dBASE text field holds at
/// most 254 bytes, so the partnership record and the provenance, longer than that, are split over numbered fields
/// (<c>ptn_00</c>, <c>ptn_01</c>… and <c>prv_00</c>…), every cut between two non-space characters (dBASE pads and
/// trims spaces); <c>id</c> and <c>name</c> are plain fields. A polygon of one part reads back as a Polygon (the
/// format cannot tell it from a MultiPolygon of one part). Thread-safe.
/// </summary>
public sealed class ShapefileExchange : IExchangeCodec
{
    public static ShapefileExchange Instance { get; } = new();

    /// <summary>Bytes of a dBASE text field.</summary>
    public const int FieldBytes = 254;

    public const string Wgs84Prj =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    public void Write(IReadOnlyList<ExchangeRecord> records, string path)
    {
        var partnership = records.Select(r => Split(r.PartnershipJson)).ToList();
        var provenance = records.Select(r => Split(r.ProvenanceJson)).ToList();
        int pn = Math.Max(1, partnership.Max(c => (int?)c.Count) ?? 1), vn = Math.Max(1, provenance.Max(c => (int?)c.Count) ?? 1);
        var features = records.Select((r, i) =>
        {
            var attributes = new AttributesTable { { "id", r.PartnershipId }, { "name", r.Name } };
            for (int k = 0; k < pn; k++) attributes.Add(Field("ptn", k), k < partnership[i].Count ? partnership[i][k] : "");
            for (int k = 0; k < vn; k++) attributes.Add(Field("prv", k), k < provenance[i].Count ? provenance[i][k] : "");
            // The writer takes no null shape: a partnership without an area gets an empty polygon (a null shape in the file).
            return (IFeature)new Feature(r.Geometry ?? Geo.Factory.CreateMultiPolygon(), attributes);
        }).ToList();
        foreach (var e in new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" }) File.Delete(Path.ChangeExtension(path, e));
        Shapefile.WriteAllFeatures(features, path, Wgs84Prj, Encoding.UTF8);
        var cpg = Path.ChangeExtension(path, ".cpg");
        if (!File.Exists(cpg)) File.WriteAllText(cpg, "UTF-8");
    }

    public IReadOnlyList<ExchangeRecord> Read(string path)
    {
        if (Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase)) return ReadZip(path);
        var file = Path.GetFileName(path);
        var cpg = Path.ChangeExtension(path, ".cpg");
        var encoding = File.Exists(cpg) && !File.ReadAllText(cpg).Trim().Contains("UTF", StringComparison.OrdinalIgnoreCase)
            ? Encoding.Latin1 : Encoding.UTF8;
        IFeature[] features;
        try
        {
            features = Shapefile.ReadAllFeatures(path, new ShapefileReaderOptions { Factory = Geo.Factory, Encoding = encoding });
        }
        catch (Exception e) when (e is not (FileNotFoundException or UnauthorizedAccessException))
        {
            throw new InputProblemException(InputFault.Of(InputProblem.ShapefileUnreadable, file), e);
        }
        var records = new List<ExchangeRecord>();
        foreach (var f in features)
        {
            var a = f.Attributes;
            var names = a.GetNames();
            string? Value(string n) => names.FirstOrDefault(x => x.Equals(n, StringComparison.OrdinalIgnoreCase)) is { } k ? a[k]?.ToString() : null;
            string? Joined(string prefix)
            {
                var parts = names.Where(n => n.StartsWith(prefix + "_", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase)
                    .Select(n => a[n]?.ToString() ?? "").ToList();
                var text = string.Concat(parts);
                return text.Length == 0 ? null : text;
            }
            var id = Value("id") ?? Value("partnershi") ?? throw new InputProblemException(InputProblem.ShapefileNoIdField, file, string.Join(", ", names));
            // A shapefile polygon is always read as a MultiPolygon: one part is a Polygon again.
            var geometry = f.Geometry switch
            {
                null or { IsEmpty: true } => null,
                NetTopologySuite.Geometries.MultiPolygon { NumGeometries: 1 } one => one.GetGeometryN(0),
                var g => g,
            };
            records.Add(new ExchangeRecord(id.Trim(), Value("name")?.Trim() ?? "", geometry, Joined("ptn"), Joined("prv")));
        }
        return records;
    }

    private IReadOnlyList<ExchangeRecord> ReadZip(string path)
    {
        var dir = Directory.CreateTempSubdirectory("coveragemap-import-");
        try
        {
            try
            {
                System.IO.Compression.ZipFile.ExtractToDirectory(path, dir.FullName);
            }
            catch (InvalidDataException e)
            {
                throw new InputProblemException(InputFault.Of(InputProblem.NotZip, Path.GetFileName(path)), e);
            }
            var shp = Directory.GetFiles(dir.FullName, "*.shp", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InputProblemException(InputProblem.ZipWithoutShapefile, Path.GetFileName(path));
            return Read(shp);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Field(string prefix, int k) => prefix + "_" + k.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Cuts <paramref name="text"/> into pieces of at most <see cref="FieldBytes"/> UTF-8 bytes, never next to a space.</summary>
    public static List<string> Split(string? text)
    {
        var parts = new List<string>();
        if (string.IsNullOrEmpty(text)) return parts;
        int start = 0;
        while (start < text.Length)
        {
            int end = start, bytes = 0;
            while (end < text.Length)
            {
                int width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                int b = Encoding.UTF8.GetByteCount(text.AsSpan(end, width));
                if (bytes + b > FieldBytes) break;
                bytes += b;
                end += width;
            }
            if (end < text.Length)
            {
                int cut = end;
                while (cut > start + 1 && (char.IsWhiteSpace(text[cut - 1]) || char.IsWhiteSpace(text[cut]) || char.IsLowSurrogate(text[cut]))) cut--;
                if (cut > start + 1) end = cut;
            }
            parts.Add(text[start..end]);
            start = end;
        }
        return parts;
    }
}
