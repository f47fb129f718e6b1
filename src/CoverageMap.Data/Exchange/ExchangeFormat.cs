namespace CoverageMap.Data.Exchange;

/// <summary>The formats a dataset version is exported to and imported from (<see cref="ExchangeFormats"/> names them).</summary>
public enum ExchangeFormat
{
    /// <summary>RFC 7946 GeoJSON FeatureCollection (<c>.geojson</c>).</summary>
    GeoJson,

    /// <summary>OGC GeoPackage (<c>.gpkg</c>), one feature table <c>areas</c>.</summary>
    GeoPackage,

    /// <summary>Esri Shapefile (<c>.shp</c>, <c>.shx</c>, <c>.dbf</c>, <c>.prj</c>, <c>.cpg</c>; zipped over HTTP).</summary>
    Shapefile,

    /// <summary>OGC KML 2.2 (<c>.kml</c>).</summary>
    Kml,

    /// <summary>CSV with the geometry as WKT (<c>.csv</c>).</summary>
    Csv,
}
