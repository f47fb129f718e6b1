namespace CoverageMap.Core.Problems;

/// <summary>
/// Why an input cannot be used as given: the code of an <see cref="InputFault"/>. Each member's documentation lists its
/// facts in order; the server's catalogue <c>InputProblems.resx</c> (Polish) and <c>InputProblems.en.resx</c> have one
/// sentence per member, under the member's name, its facts as <c>{0}</c>, <c>{1}</c>, … (a test checks both).
/// </summary>
public enum InputProblem
{
    // ---- Registry files: partnerships.json and street-rules.json. Where a fact is "who", it is the entry's number
    // (from 1) and its id, e.g. facts "3", "moje-wierzbno".

    /// <summary>The file is not valid JSON. Facts: line, position in the line.</summary>
    RegistryNotJson,

    /// <summary>The file holds JSON null. No facts.</summary>
    RegistryEmpty,

    /// <summary>An unsupported schema. Facts: the schema found, the one expected.</summary>
    RegistrySchema,

    /// <summary>The registry lists no partnership. No facts.</summary>
    RegistryNoPartnerships,

    /// <summary>A partnership's id is not a lowercase ASCII slug. Facts: number, id.</summary>
    RegistryIdNotSlug,

    /// <summary>Two partnerships (or rules) share an id. Facts: number, id.</summary>
    RegistryIdTwice,

    /// <summary>A required text is empty. Facts: number, id, the field's name in the file (name, district, description).</summary>
    RegistryFieldEmpty,

    /// <summary>"founded" is not YYYY, YYYY-MM or YYYY-MM-DD. Facts: number, id, the value.</summary>
    RegistryFounded,

    /// <summary>A partnership's source is not among the registry's sources. Facts: number, id, the source.</summary>
    RegistryUnknownSource,

    /// <summary>A former name ends before it starts. Facts: number, id, the former name, its end, its start.</summary>
    RegistryFormerNameYears,

    /// <summary>A partnership has no boundary. Facts: number, id.</summary>
    RegistryNoBoundary,

    /// <summary>boundary.basis is not one of the known ones. Facts: number, id, the value, the known ones.</summary>
    RegistryBasis,

    /// <summary>A boundary names fewer than two streets. Facts: number, id.</summary>
    RegistryTooFewStreets,

    /// <summary>A bounding street has no name. Facts: number, id.</summary>
    RegistryStreetNoName,

    /// <summary>A supplementary street does not say why it is needed. Facts: number, id, the street.</summary>
    RegistryStreetNoWhy,

    /// <summary>An extra has an unknown rule. Facts: number, id, the extra's name, its rule, the known rules.</summary>
    RegistryExtraRule,

    /// <summary>A street rule's required text is empty. Facts: number, id, the field's name (id, street, partnershipId).</summary>
    RulesFieldEmpty,

    /// <summary>A street rule's "from" is below 1. Facts: number, id, the value.</summary>
    RulesFromBelowOne,

    /// <summary>A street rule's "to" is below its "from". Facts: number, id, to, from.</summary>
    RulesToBelowFrom,

    /// <summary>A street rule names a partnership the registry does not have. Facts: number, id, the partnership's id.</summary>
    RulesUnknownPartnership,

    // ---- Area files: exchange formats (GeoJSON, GeoPackage, Shapefile, KML, CSV), areas GeoJSON, the geodata folder,
    // the store. Facts start with the file's name where there is one.

    /// <summary>The file is not a GeoJSON FeatureCollection. Facts: the file.</summary>
    NotFeatureCollection,

    /// <summary>
    /// The file's extension does not say which exchange format it is, and no format was given. Facts: the file, the
    /// formats known (<c>geojson, gpkg, shp, kml, csv</c>).
    /// </summary>
    AreaFormatNotSaid,

    /// <summary>A feature's geometry is not GeoJSON geometry. Facts: the file, the partnership (its name, else its id).</summary>
    AreaGeometryNotGeoJson,

    /// <summary>A GeoPackage lists no table of features. Facts: the file.</summary>
    GeoPackageNoFeatureTable,

    /// <summary>The GeoPackage's table of features has no partnership id column. Facts: the file, the table, its columns.</summary>
    GeoPackageNoIdColumn,

    /// <summary>The file is not a GeoPackage (not an SQLite database with GeoPackage tables). Facts: the file.</summary>
    NotGeoPackage,

    /// <summary>The file is not well-formed XML. Facts: the file, line, position in the line.</summary>
    KmlNotXml,

    /// <summary>The file is XML but not a KML document (its root is not <c>kml</c>). Facts: the file.</summary>
    NotKml,

    /// <summary>A placemark's ring is not closed or has fewer than four points. Facts: the file, the placemark (its name, else its id).</summary>
    KmlRingNotClosed,

    /// <summary>A placemark's coordinates are not <c>longitude,latitude</c> pairs. Facts: the file, the placemark, the text found.</summary>
    KmlCoordinates,

    /// <summary>The shapefile cannot be read (a missing or damaged .shp, .shx or .dbf). Facts: the file.</summary>
    ShapefileUnreadable,

    /// <summary>The shapefile's attributes have no <c>id</c> field. Facts: the file, its fields.</summary>
    ShapefileNoIdField,

    /// <summary>A zip file holds no .shp file. Facts: the file.</summary>
    ZipWithoutShapefile,

    /// <summary>A file named .zip is not a readable zip archive. Facts: the file.</summary>
    NotZip,

    /// <summary>A CSV file has no partnership id column. Facts: the file, its columns.</summary>
    CsvNoIdColumn,

    /// <summary>A CSV file is malformed (e.g. a quote never closed). Facts: the file, the line (from 1).</summary>
    CsvMalformed,

    /// <summary>A CSV row's geometry is not readable WKT. Facts: the file, the line (from 1).</summary>
    CsvWktUnreadable,

    /// <summary>A feature of an areas file has no <c>partnershipId</c>. Facts: the file, the feature's number (from 1).</summary>
    AreaNoPartnershipId,

    /// <summary>An areas file has two features for one partnership. Facts: the file, the partnership (its name, else its id).</summary>
    AreaTwice,

    /// <summary>An area has no <c>provenance</c> object. Facts: the file, the partnership.</summary>
    AreaNoProvenance,

    /// <summary>An area's <c>provenance</c> lacks a field or has one of the wrong kind. Facts: the file, the partnership.</summary>
    AreaProvenanceUnreadable,

    /// <summary>An area has no geometry. Facts: the file, the partnership.</summary>
    AreaNoGeometry,

    /// <summary>An area's geometry is not a Polygon or MultiPolygon. Facts: the file, the partnership, the geometry's type.</summary>
    AreaNotPolygon,

    /// <summary>
    /// An area is not a valid polygon. Facts: the file, the partnership, what the validator found (a name of NTS's
    /// <c>TopologyValidationErrors</c>, e.g. <c>SelfIntersection</c>), the latitude and longitude where (or two empty strings).
    /// </summary>
    AreaInvalidPolygon,

    /// <summary>No polygon of a GeoJSON file has the property that names it. Facts: the file, the property.</summary>
    NoNamedPolygons,

    /// <summary>The geodata folder configured holds no registry. Facts: the folder, the registry's file name.</summary>
    GeodataNoRegistry,

    /// <summary>No geodata folder with a registry was found (none configured). Facts: the folders searched from, comma-separated.</summary>
    GeodataNotFound,

    /// <summary>The areas file has areas of partnerships the registry does not have. Facts: the areas file, their ids, comma-separated.</summary>
    GeodataOrphanAreas,

    /// <summary>The store has no such dataset version. Facts: the version.</summary>
    NoSuchVersion,

    /// <summary>The store is damaged: a version's partnership has no record. Facts: the version, the partnership's id.</summary>
    StorePartnershipMissing,

    /// <summary>The store is damaged: a version's area has no provenance. Facts: the version, the partnership's id.</summary>
    StoreProvenanceMissing,

    // ---- Street networks, street registers and address files. Facts start with the file's name where there is one.

    /// <summary>The file is not valid JSON. Facts: the file, line, position in the line (both from 1).</summary>
    NotJson,

    /// <summary>A street network's extension is not one the readers know. Facts: the file, the extensions known.</summary>
    NetworkExtension,

    /// <summary>A street network is compressed (.bz2, .gz, .zip). Facts: the file, the extensions known.</summary>
    NetworkCompressed,

    /// <summary>A GeoJSON street network declares a CRS other than WGS 84 longitude/latitude. Facts: the file, the CRS.</summary>
    NetworkCrs,

    /// <summary>A GeoJSON street network's top-level "date" is not an ISO 8601 date. Facts: the file, the value.</summary>
    NetworkDate,

    /// <summary>A street network's feature has a geometry GeoJSON cannot describe. Facts: the file, the feature's number (from 1), its street name.</summary>
    NetworkGeometry,

    /// <summary>
    /// A street network's coordinate is not longitude/latitude in degrees (a projected file not saying so). Facts: the
    /// file, the feature (its number from 1, a shapefile's record number or an OSM way/id), its street name, x, y.
    /// </summary>
    NetworkNotLonLat,

    /// <summary>No feature of a GeoJSON or shapefile street network has the street-name attribute. Facts: the file, the attribute, the attributes present.</summary>
    NetworkNoNameField,

    /// <summary>A GeoJSON street network's features have no attributes at all. Facts: the file, the street-name attribute wanted.</summary>
    NetworkNoAttributes,

    /// <summary>No highway way of an OSM street network has the street-name tag. Facts: the file, how many highway ways, the tag.</summary>
    NetworkNoNameTag,

    /// <summary>An OSM file (a street network or addresses) cannot be read as the format its extension says. Facts: the file, the format (OSM XML, OSM PBF).</summary>
    OsmUnreadable,

    /// <summary>A shapefile has no .dbf beside it (the street names are in it). Facts: the .shp file.</summary>
    ShapefileNoDbf,

    /// <summary>A shapefile has no .prj and no CRS was given. Facts: the .shp file.</summary>
    ShapefileNoPrj,

    /// <summary>A shapefile's CRS cannot be read. Facts: the file it was read from (the .prj; the .shp when the caller gave the CRS).</summary>
    ShapefileCrs,

    /// <summary>A shapefile's .cpg names an encoding that is not known. Facts: the .cpg file, the name in it.</summary>
    ShapefileCpg,

    /// <summary>A line of streets.txt does not have three parts separated by "/". Facts: the file, the line's number (from 1), the line.</summary>
    StreetsTxtParts,

    /// <summary>A street of streets.txt has no type word (ulica, aleja…) before its name. Facts: the file, the line's number (from 1), the name.</summary>
    StreetsTxtNoType,

    /// <summary>A line of the TERYT CSV does not have four fields. Facts: the file, the line's number (from 1), how many it has.</summary>
    TerytCsvFields,

    /// <summary>An address file's extension is not one the importers know. Facts: the file.</summary>
    AddressExtension,

    /// <summary>A GML file holds no PRG address point (prg-ad:PRG_PunktAdresowy). Facts: the file.</summary>
    AddressNoPrgPoints,

    /// <summary>An address file is not well-formed XML. Facts: the file, line, position in the line (both from 1).</summary>
    AddressNotXml,

    /// <summary>A CSV address file cannot be read as CSV (an unclosed quote, a broken row). Facts: the file, the line (from 1).</summary>
    AddressCsvMalformed,

    /// <summary>A CSV address file has no header row (it is empty). Facts: the file.</summary>
    AddressCsvNoHeader,

    /// <summary>A CSV address file has no latitude / longitude columns of the names given. Facts: the file, the latitude column, the longitude column, the separator, the columns found.</summary>
    AddressCsvNoCoordinates,

    /// <summary>A CSV address file has no address column of the names given. Facts: the file, the address columns, the separator, the columns found.</summary>
    AddressCsvNoAddressColumn,

    /// <summary>No record of an address file has an address in the fields given. Facts: the file, the address fields.</summary>
    AddressNoAddressInRecords,

    /// <summary>A name given for the source of address points is not valid. Facts: the name.</summary>
    AddressSourceName,

    /// <summary>An API key's name is empty or too long. Facts: the longest name allowed (characters).</summary>
    KeyNameLength,

    /// <summary>An API key is given no scope. Facts: the scopes known.</summary>
    KeyScopesNone,

    /// <summary>An API key is given scopes that are not known. Facts: the scopes known, the unknown ones.</summary>
    KeyScopesUnknown,
}
