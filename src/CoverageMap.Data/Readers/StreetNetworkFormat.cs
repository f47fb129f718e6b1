namespace CoverageMap.Data.Readers;

/// <summary>The file formats a street network can be read from.</summary>
public enum StreetNetworkFormat
{
    /// <summary>RFC 7946 GeoJSON <c>FeatureCollection</c> of LineStrings/MultiLineStrings (<c>.geojson</c>, <c>.json</c>).</summary>
    GeoJson,

    /// <summary>ESRI Shapefile of (poly)lines with a <c>.prj</c> beside it (<c>.shp</c>).</summary>
    Shapefile,

    /// <summary>OpenStreetMap XML (<c>.osm</c>).</summary>
    OsmXml,

    /// <summary>OpenStreetMap PBF (<c>.osm.pbf</c>, <c>.pbf</c>).</summary>
    OsmPbf,
}
