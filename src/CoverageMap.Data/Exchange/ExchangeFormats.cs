namespace CoverageMap.Data.Exchange;

/// <summary>The names, file extensions and media types of the <see cref="ExchangeFormat"/>s, and their codecs. Stateless.</summary>
public static class ExchangeFormats
{
    /// <summary>The names a client or an operator gives (<c>?format=</c>, <c>--format</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["geojson", "gpkg", "shp", "kml", "csv"];

    /// <summary>The format a name means (<c>geojson</c>, <c>gpkg</c> or <c>geopackage</c>, <c>shp</c> or <c>shapefile</c>, <c>kml</c>, <c>csv</c>; any case); null for another.</summary>
    public static ExchangeFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "geojson" or "json" => ExchangeFormat.GeoJson,
        "gpkg" or "geopackage" => ExchangeFormat.GeoPackage,
        "shp" or "shapefile" => ExchangeFormat.Shapefile,
        "kml" => ExchangeFormat.Kml,
        "csv" => ExchangeFormat.Csv,
        _ => null,
    };

    /// <summary>The format a file's extension says (<c>.zip</c> is a zipped shapefile); null when it says none.</summary>
    public static ExchangeFormat? OfPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".geojson" or ".json" => ExchangeFormat.GeoJson,
        ".gpkg" => ExchangeFormat.GeoPackage,
        ".shp" or ".zip" => ExchangeFormat.Shapefile,
        ".kml" => ExchangeFormat.Kml,
        ".csv" => ExchangeFormat.Csv,
        _ => null,
    };

    /// <summary>The file extension written, with its dot (a shapefile sent as one file is <c>.zip</c>).</summary>
    public static string Extension(ExchangeFormat format, bool singleFile = false) => format switch
    {
        ExchangeFormat.GeoJson => ".geojson",
        ExchangeFormat.GeoPackage => ".gpkg",
        ExchangeFormat.Shapefile => singleFile ? ".zip" : ".shp",
        ExchangeFormat.Kml => ".kml",
        _ => ".csv",
    };

    /// <summary>The media type of the format sent as one file.</summary>
    public static string MediaType(ExchangeFormat format) => format switch
    {
        ExchangeFormat.GeoJson => "application/geo+json",
        ExchangeFormat.GeoPackage => "application/geopackage+sqlite3",
        ExchangeFormat.Shapefile => "application/zip",
        ExchangeFormat.Kml => "application/vnd.google-earth.kml+xml",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>The codec of a format.</summary>
    public static IExchangeCodec Codec(ExchangeFormat format) => format switch
    {
        ExchangeFormat.GeoJson => GeoJsonExchange.Instance,
        ExchangeFormat.GeoPackage => GeoPackageExchange.Instance,
        ExchangeFormat.Shapefile => ShapefileExchange.Instance,
        ExchangeFormat.Kml => KmlExchange.Instance,
        _ => CsvExchange.Instance,
    };
}
