using CoverageMap.Core.Problems;

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
    /// <exception cref="InputProblemException">The extension is not one of <see cref="SupportedExtensions"/>, the file
    /// cannot be read, or no feature has the name attribute (the fault says which).</exception>
    public static StreetNetworkReadResult Open(string path, StreetNetworkReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var format = DetectFormat(path);
        if (!File.Exists(path)) throw new FileNotFoundException(null, Path.GetFullPath(path));
        return ReaderFor(format).Read(path, options ?? StreetNetworkReaderOptions.Default);
    }

    /// <summary>The format a file's extension (ignoring case) stands for.</summary>
    /// <exception cref="InputProblemException"><see cref="InputProblem.NetworkExtension"/>, or
    /// <see cref="InputProblem.NetworkCompressed"/> for a <c>.bz2</c>, <c>.gz</c> or <c>.zip</c>.</exception>
    public static StreetNetworkFormat DetectFormat(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".geojson", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal)) return StreetNetworkFormat.GeoJson;
        if (name.EndsWith(".shp", StringComparison.Ordinal)) return StreetNetworkFormat.Shapefile;
        if (name.EndsWith(".osm", StringComparison.Ordinal)) return StreetNetworkFormat.OsmXml;
        if (name.EndsWith(".pbf", StringComparison.Ordinal)) return StreetNetworkFormat.OsmPbf;
        var compressed = name.EndsWith(".bz2", StringComparison.Ordinal) || name.EndsWith(".gz", StringComparison.Ordinal) || name.EndsWith(".zip", StringComparison.Ordinal);
        throw new InputProblemException(compressed ? InputProblem.NetworkCompressed : InputProblem.NetworkExtension, Path.GetFileName(path), SupportedExtensions);
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
