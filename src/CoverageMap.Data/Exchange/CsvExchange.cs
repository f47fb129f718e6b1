using System.Globalization;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CsvHelper;
using NetTopologySuite.IO;

namespace CoverageMap.Data.Exchange;

/// <summary>
/// The CSV exchange file: UTF-8, comma-separated, a header row <c>partnershipId,name,wkt,partnership,provenance</c>;
/// the geometry as WKT (WGS 84, longitude first, full precision; empty for a partnership without an area), the
/// partnership record and the provenance as JSON text. Written and read with CsvHelper and NTS's WKT codec. Thread-safe.
/// </summary>
public sealed class CsvExchange : IExchangeCodec
{
    public static CsvExchange Instance { get; } = new();

    private static readonly string[] Header = ["partnershipId", "name", "wkt", "partnership", "provenance"];

    public void Write(IReadOnlyList<ExchangeRecord> records, string path)
    {
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ',' }, false);
        var wkt = new WKTWriter { MaxCoordinatesPerLine = int.MaxValue };
        foreach (var h in Header) csv.WriteField(h);
        csv.EndRecord();
        foreach (var r in records)
        {
            csv.WriteField(r.PartnershipId);
            csv.WriteField(r.Name);
            csv.WriteField(r.Geometry is null ? "" : wkt.Write(r.Geometry));
            csv.WriteField(r.PartnershipJson ?? "");
            csv.WriteField(r.ProvenanceJson ?? "");
            csv.EndRecord();
        }
        csv.Flush();
    }

    public IReadOnlyList<ExchangeRecord> Read(string path)
    {
        var file = Path.GetFileName(path);
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw });
        try
        {
            var header = csv.Headers.ToArray();
            int Column(params string[] names) => Array.FindIndex(header, h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
            int id = Column("partnershipId", "partnership_id", "id"), wktColumn = Column("wkt", "geometry", "geom"),
                name = Column("name"), partnership = Column("partnership"), provenance = Column("provenance");
            if (id < 0) throw new InputProblemException(InputProblem.CsvNoIdColumn, file, string.Join(", ", header));
            var wkt = new WKTReader(Geo.Factory.GeometryServices);
            var records = new List<ExchangeRecord>();
            while (csv.Read())
            {
                string? Field(int i) => i < 0 || i >= csv.FieldCount ? null : csv.GetString(i) is { Length: > 0 } v ? v : null;
                NetTopologySuite.Geometries.Geometry? geometry = null;
                if (Field(wktColumn) is { } text)
                {
                    try
                    {
                        geometry = wkt.Read(text);
                    }
                    catch (ParseException e)
                    {
                        throw new InputProblemException(InputFault.Of(InputProblem.CsvWktUnreadable, file, csv.LineNumber.ToString(CultureInfo.InvariantCulture)), e);
                    }
                }
                records.Add(new ExchangeRecord(Field(id)?.Trim() ?? "", Field(name)?.Trim() ?? "", geometry, Field(partnership), Field(provenance)));
            }
            return records;
        }
        catch (CsvFormatException e)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.CsvMalformed, file, e.LineNumber.ToString(CultureInfo.InvariantCulture)), e);
        }
    }
}
