using System.Globalization;
using System.Text;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace CoverageMap.Data.Readers;

/// <summary>
/// Reads a street network from an ESRI Shapefile of (poly)lines in any CRS its <c>.prj</c> describes, transforming
/// every coordinate to WGS 84 longitude/latitude with ProjNET. The DBF text encoding comes from the <c>.cpg</c>
/// (found whatever the case of its extension), else the DBF header. The network's date is the DBF header's
/// last-update date. <see cref="NamedLine.SourceId"/> is the 1-based record number (GDAL's FID + 1).
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The datum shift is taken from the WKT's <c>TOWGS84</c> when it has one; ETRS89 (as in Poland's CS2000/CS92)
/// has none and is treated as WGS 84, as EPSG's transformation 1149 and GDAL do (within 1 m).
/// </remarks>
public sealed class ShapefileStreetReader : IStreetNetworkReader
{
    /// <inheritdoc/>
    public StreetNetworkReadResult Read(string path, StreetNetworkReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path)) throw new FileNotFoundException(null, Path.GetFullPath(path));
        var fileName = Path.GetFileName(path);
        var dbfPath = ShapefileCompanions.Find(path, ".dbf") ?? throw new InputProblemException(InputProblem.ShapefileNoDbf, fileName);

        var transform = CreateTransform(path, options);
        var encoding = options.DbfEncoding ?? ReadCpg(path);
        DateOnly? date = ReadDbfDate(dbfPath, encoding);

        using var shp = File.OpenRead(path);
        using var dbf = File.OpenRead(dbfPath);
        using var reader = Shapefile.OpenRead(shp, dbf, new ShapefileReaderOptions { Encoding = encoding });

        var nameField = FindField(reader, options.NameField)
            ?? throw new InputProblemException(InputProblem.NetworkNoNameField, fileName, options.NameField, string.Join(", ", reader.Fields.Select(f => f.Name)));
        var kindField = options.KindField is null ? null : FindField(reader, options.KindField);
        var accuracyField = options.AccuracyField is null ? null : FindField(reader, options.AccuracyField);

        var lines = new List<NamedLine>();
        int record = 0, read = 0, withoutName = 0, notLinear = 0, incomplete = 0;
        while (reader.Read(out bool deleted))
        {
            record++;
            if (deleted) continue;
            read++;
            var name = (nameField.Value as string)?.Trim();
            if (string.IsNullOrEmpty(name)) { withoutName++; continue; }

            int number = record;
            var outcome = LinearGeometry.TryBuild(reader.Geometry, transform, () => (fileName, number.ToString(CultureInfo.InvariantCulture), name), out var line);
            if (outcome == LinearGeometry.Outcome.NotLinear) { notLinear++; continue; }
            if (outcome == LinearGeometry.Outcome.Incomplete) { incomplete++; continue; }

            lines.Add(new NamedLine(
                name,
                line!,
                kindField?.Value is string kind && !string.IsNullOrWhiteSpace(kind) ? kind.Trim() : null,
                ToDouble(accuracyField?.Value),
                record.ToString(CultureInfo.InvariantCulture)));
        }

        var network = new StreetNetwork(lines, $"{fileName} (ESRI Shapefile)", date);
        return new StreetNetworkReadResult(network, StreetNetworkFormat.Shapefile, read, withoutName, notLinear, 0, incomplete, 0);
    }

    /// <summary>The transformation from the shapefile's CRS (its <c>.prj</c>, else the options') to WGS 84 lon/lat.</summary>
    private static Func<double, double, (double Lon, double Lat)> CreateTransform(string path, StreetNetworkReaderOptions options)
    {
        var prjPath = ShapefileCompanions.Find(path, ".prj");
        var wkt = prjPath is not null ? File.ReadAllText(prjPath) : options.SourceCrsWkt;
        if (string.IsNullOrWhiteSpace(wkt))
            throw new InputProblemException(InputProblem.ShapefileNoPrj, Path.GetFileName(path));

        CoordinateSystem source;
        try
        {
            source = new CoordinateSystemFactory().CreateFromWkt(wkt.Trim());
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.ShapefileCrs, Path.GetFileName(prjPath ?? path)), e);
        }

        var math = new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(source, GeographicCoordinateSystem.WGS84)
            .MathTransform;
        return (x, y) => math.Transform(x, y);
    }

    private static Encoding? ReadCpg(string path)
    {
        var cpgPath = ShapefileCompanions.Find(path, ".cpg");
        return cpgPath is null ? null : ShapefileCompanions.ParseCodePage(File.ReadAllText(cpgPath), cpgPath);
    }

    private static DateOnly? ReadDbfDate(string dbfPath, Encoding? encoding)
    {
        using var dbf = new DbfReader(dbfPath, encoding);
        var updated = dbf.LastUpdateDate;
        return updated.Year > 1900 ? DateOnly.FromDateTime(updated) : null;
    }

    private static NetTopologySuite.IO.Esri.Dbf.Fields.DbfField? FindField(ShapefileReader reader, string name) =>
        reader.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static double? ToDouble(object? value) => value switch
    {
        null => null,
        string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };
}
