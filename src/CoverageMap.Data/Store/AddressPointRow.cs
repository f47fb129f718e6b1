namespace CoverageMap.Data.Store;

/// <summary>
/// One address point of the gazetteer (table <c>address_points</c>). Unique by (<see cref="Source"/>,
/// <see cref="SourceId"/>), which makes imports idempotent. Position in EPSG:4326. EF entity, never serialised.
/// </summary>
public sealed class AddressPointRow
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary><c>prg</c>, <c>osm</c> (see <see cref="Core.Addresses.AddressSources"/>) or the name of an imported
    /// file of points (<c>warsaw-address-points</c>).</summary>
    public string Source { get; set; } = "";

    /// <summary>The point's id in its source: PRG <c>lokalnyId</c>, OSM <c>node/…</c> or <c>way/…</c>.</summary>
    public string SourceId { get; set; } = "";

    /// <summary>Official street id (TERYT ULIC), when the source gives it.</summary>
    public string? StreetId { get; set; }

    /// <summary>The street name as the source gives it.</summary>
    public string StreetName { get; set; } = "";

    /// <summary>Normalised street key.</summary>
    public string StreetKey { get; set; } = "";

    /// <summary>The house number as the source gives it.</summary>
    public string HouseNumberText { get; set; } = "";

    /// <summary>Canonical house number (<c>44A</c>, <c>15/19</c>): the lookup key.</summary>
    public string HouseNumberKey { get; set; } = "";

    /// <summary>Parsed: the number part.</summary>
    public int Number { get; set; }

    /// <summary>Parsed: the letter (upper case), or empty.</summary>
    public string Letter { get; set; } = "";

    /// <summary>Parsed: the second number of a double number (<c>19</c> of <c>15/19</c>), if any.</summary>
    public int? Second { get; set; }

    /// <summary>Parsed: the letter of the second number, or empty.</summary>
    public string SecondLetter { get; set; } = "";

    /// <summary>Postcode, if given.</summary>
    public string? Postcode { get; set; }

    /// <summary>Latitude, degrees (EPSG:4326).</summary>
    public double Latitude { get; set; }

    /// <summary>Longitude, degrees (EPSG:4326).</summary>
    public double Longitude { get; set; }

    /// <summary>The layer or data set within the source (<c>RSPO schools register</c>), if the source names one.</summary>
    public string? Layer { get; set; }

    /// <summary>When the source data was created or taken, as the source writes it (<c>2025-07-17</c>), if given.</summary>
    public string? SourceDate { get; set; }

    /// <summary>When the row was first imported (UTC).</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>When the row last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
