namespace CoverageMap.Data.Importers;

/// <summary>Formats of address files the importer reads.</summary>
public enum AddressFileFormat
{
    /// <summary>By the file's extension: <c>.gml</c>/<c>.xml</c> → PRG GML, <c>.osm</c> → OSM XML, <c>.pbf</c> → OSM PBF,
    /// <c>.geojson</c>/<c>.json</c> → GeoJSON, <c>.csv</c> → CSV.</summary>
    Auto,

    /// <summary>PRG / EMUiA address points as GUGiK publishes them (GML 3.2, EPSG:2180).</summary>
    PrgGml,

    /// <summary>OpenStreetMap XML (<c>.osm</c>).</summary>
    OsmXml,

    /// <summary>OpenStreetMap PBF (<c>.osm.pbf</c>).</summary>
    OsmPbf,

    /// <summary>GeoJSON points whose properties give the address as text or street + number (<see cref="AddressTextImporter"/>).</summary>
    GeoJson,

    /// <summary>CSV rows with latitude/longitude and the address as text or street + number (<see cref="AddressTextImporter"/>).</summary>
    Csv,
}
