using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// One address point of the gazetteer: a street, a house number and a position in EPSG:4326, with the source it came
/// from, and optionally the layer of that source and the date it was taken. Immutable.
/// </summary>
/// <param name="StreetId">The official street id (TERYT ULIC) when the source gives one, else null.</param>
/// <param name="StreetName">The street name as the source gives it (<c>Juliusza Słowackiego</c>).</param>
/// <param name="StreetKey">The normalised street key (<see cref="StreetNameNormalizer.Normalize"/> of <paramref name="StreetName"/>: <c>slowackiego</c>).</param>
/// <param name="HouseNumberText">The house number as the source gives it (<c>44a</c>).</param>
/// <param name="HouseNumber">The parsed house number; its canonical text is the lookup key.</param>
/// <param name="Postcode">The postcode (<c>01-627</c>), or null.</param>
/// <param name="Latitude">Latitude, degrees (EPSG:4326).</param>
/// <param name="Longitude">Longitude, degrees (EPSG:4326).</param>
/// <param name="Source">The source: <see cref="AddressSources.Prg"/>, <see cref="AddressSources.Osm"/>, or the name of
/// an imported file of points (<c>warsaw-address-points</c>).</param>
/// <param name="SourceId">The point's id in its source (PRG <c>lokalnyId</c>, OSM <c>node/123</c> or <c>way/456</c>).</param>
public sealed record AddressPoint(
    string? StreetId,
    string StreetName,
    string StreetKey,
    string HouseNumberText,
    HouseNumber HouseNumber,
    string? Postcode,
    double Latitude,
    double Longitude,
    string Source,
    string SourceId)
{
    /// <summary>The normalised house-number key (<c>44A</c>, <c>15/19</c>).</summary>
    public string HouseNumberKey => HouseNumber.ToString();

    /// <summary>The layer or data set within the source the point came from (<c>RSPO schools register</c>,
    /// <c>mapa.um.warszawa.pl layer KU_BIBLIOTEKI_N</c>), or null when the source has one kind of point only.</summary>
    public string? Layer { get; init; }

    /// <summary>When the source data was created or taken, as the source writes it (<c>2025-07-17</c>), or null.</summary>
    public string? SourceDate { get; init; }
}
