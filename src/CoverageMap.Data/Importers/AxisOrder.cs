namespace CoverageMap.Data.Importers;

/// <summary>How to read the two numbers of a <c>gml:pos</c> in EPSG:2180.</summary>
public enum AxisOrder
{
    /// <summary>
    /// The EPSG authority order, which PRG files use: northing first, then easting ("x y" of Polish geodesy, where
    /// x is the northing). Points that land outside the expected area are refused, and when the other order would
    /// have put them inside, the reason says so.
    /// </summary>
    Auto,

    /// <summary>Northing first, then easting (same as <see cref="Auto"/>, stated explicitly).</summary>
    NorthingEasting,

    /// <summary>Easting first, then northing (the "GIS traditional" x = easting order some tools write).</summary>
    EastingNorthing,
}
