namespace CoverageMap.Data.Readers;

/// <summary>
/// Reads a street network from any supported file, choosing the reader by the file's extension:
/// <c>.geojson</c>/<c>.json</c>, <c>.shp</c>, <c>.osm</c>, <c>.osm.pbf</c>/<c>.pbf</c>. Thread-safe.
/// </summary>
public static class StreetNetworkReader
{
    /// <summary>The extensions understood, for messages and help texts.</summary>
    public const string SupportedExtensions = ".geojson, .json, .shp, .osm, .osm.pbf, .pbf";

    /// <summary>Reads the street network in <paramref name="path"/>.</summary>
    /// <param name="path">The file; its extension decides the format (see <see cref="DetectFormat"/>).</param>
    /// <param name="options">Name/kind/accuracy attributes and format specifics; <see cref="StreetNetworkReaderOptions.Default"/> when null.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is not one of <see cref="SupportedExtensions"/>.</exception>
    /// <exception cref="InvalidDataException">The file cannot be read, or no feature has the name attribute.</exception>
    public static StreetNetworkReadResult Open(string path, StreetNetworkReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var format = DetectFormat(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Street network file not found: {Path.GetFullPath(path)}", path);
        return ReaderFor(format).Read(path, options ?? StreetNetworkReaderOptions.Default);
    }

    /// <summary>The format a file's extension (ignoring case) stands for.</summary>
    /// <exception cref="NotSupportedException">The extension is not one of <see cref="SupportedExtensions"/>.</exception>
    public static StreetNetworkFormat DetectFormat(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".geojson", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal)) return StreetNetworkFormat.GeoJson;
        if (name.EndsWith(".shp", StringComparison.Ordinal)) return StreetNetworkFormat.Shapefile;
        if (name.EndsWith(".osm", StringComparison.Ordinal)) return StreetNetworkFormat.OsmXml;
        if (name.EndsWith(".pbf", StringComparison.Ordinal)) return StreetNetworkFormat.OsmPbf;
        var hint = name.EndsWith(".bz2", StringComparison.Ordinal) || name.EndsWith(".gz", StringComparison.Ordinal) || name.EndsWith(".zip", StringComparison.Ordinal)
            ? " Decompress it first (or use the .osm.pbf extract)."
            : "";
        throw new NotSupportedException($"Cannot tell the format of \"{Path.GetFileName(path)}\" from its extension; supported: {SupportedExtensions}.{hint}");
    }

    /// <summary>The reader for a format.</summary>
    public static IStreetNetworkReader ReaderFor(StreetNetworkFormat format) => format switch
    {
        StreetNetworkFormat.GeoJson => new GeoJsonStreetReader(),
        StreetNetworkFormat.Shapefile => new ShapefileStreetReader(),
        StreetNetworkFormat.OsmXml or StreetNetworkFormat.OsmPbf => new OsmStreetReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown street network format."),
    };
}
