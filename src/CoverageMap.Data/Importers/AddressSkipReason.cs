namespace CoverageMap.Data.Importers;

/// <summary>
/// Why an address import skipped a record: the key of <see cref="AddressImportReport.SkippedByReason"/> and the code of
/// <see cref="SkippedAddress"/>, whose facts each member lists in order. A code, never a sentence: the CLI says it in the
/// language asked for. Records of text addresses (GeoJSON, CSV) start with their row and address text; PRG and OSM
/// records with their street and number as the source gives them.
/// </summary>
public enum AddressSkipReason
{
    /// <summary>Text: no address text. Facts: row, text (empty).</summary>
    NoAddressText,

    /// <summary>Text: the parser cannot read the address. Facts: row, text, the <see cref="Core.Addresses.AddressParseErrorCode"/>, the part at fault (or empty).</summary>
    Unparsed,

    /// <summary>Text: the feature has no geometry. Facts: row, text.</summary>
    NoGeometry,

    /// <summary>Text: the geometry cannot be read. Facts: row, text, what the reader said.</summary>
    InvalidGeometry,

    /// <summary>Text: the geometry is neither a point nor an area. Facts: row, text, its type.</summary>
    NotAPoint,

    /// <summary>Text (CSV): the latitude and longitude are not two numbers. Facts: row, text, latitude, longitude as written.</summary>
    NoCoordinates,

    /// <summary>Text: the point lies outside the city's bounding box. Facts: row, text, the position, the box.</summary>
    OutsideCity,

    /// <summary>Text: the point lies outside the city outline given. Facts: row, text, the position.</summary>
    OutsideCityOutline,

    /// <summary>Text: the same layer, text and position as an earlier point (the first is kept). Facts: row, text, the id.</summary>
    DuplicatePoint,

    /// <summary>Text: the register has no such street (a near miss is never taken). Facts: row, text, the street as written, the TERYT id given (or empty), near misses (or empty).</summary>
    UnknownStreet,

    /// <summary>Text: the street may be any of several different streets. Facts: row, text, the street as written, the candidates.</summary>
    AmbiguousStreet,

    /// <summary>PRG: an archival point. Facts: street and number.</summary>
    Archival,

    /// <summary>PRG: a coordinate system other than EPSG:2180. Facts: street and number, the system.</summary>
    UnsupportedCrs,

    /// <summary>PRG, OSM: no position. Facts: street and number.</summary>
    NoPosition,

    /// <summary>OSM: an address on a relation (not imported). Facts: street and number.</summary>
    RelationAddress,

    /// <summary>OSM: a way whose nodes the extract lacks. Facts: street and number.</summary>
    WayNodesMissing,

    /// <summary>OSM: several house numbers in one <c>addr:housenumber</c>. Facts: street and number.</summary>
    SeveralNumbers,

    /// <summary>PRG, OSM: no street name (a village-style address). Facts: the house number.</summary>
    NoStreetName,

    /// <summary>PRG, OSM: the street name normalises to nothing. Facts: the street as written.</summary>
    StreetNameEmpty,

    /// <summary>PRG, OSM: no house number. Facts: street and number.</summary>
    NoHouseNumber,

    /// <summary>PRG, OSM: the house number is not one. Facts: street and number, the number.</summary>
    InvalidHouseNumber,

    /// <summary>PRG: read northing-first the point lies outside the expected area, easting-first inside. Facts: street and number, the position, the area.</summary>
    AxisOrderSwapped,

    /// <summary>PRG, OSM: the point lies outside the expected area. Facts: street and number, the position, the area.</summary>
    OutsideExpectedArea,

    /// <summary>PRG, OSM: the id occurs more than once in the file (the first is kept). Facts: street and number, the id.</summary>
    DuplicateId,
}
