using System.ComponentModel;
using System.Text.Json;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One row of a JSON batch (documentation of the request body; the body is read as a stream). Give lat and lon, or
/// x, y and srid, or an address (or street and number). A row with coordinates is looked up by them; a row with only
/// an address by the address. Numbers may be JSON numbers or strings (a decimal comma is accepted in strings).
/// </summary>
internal sealed record BatchPointDto(
    [property: Description("Anything identifying the row (string or number); echoed in the answer.")] JsonElement? Id,
    [property: Description("Latitude, degrees, WGS 84 (also accepted as 'szerokosc').")] double? Lat,
    [property: Description("Longitude, degrees, WGS 84 (also accepted as 'dlugosc').")] double? Lon,
    [property: Description("Easting in metres (EPSG:2180/2178) or longitude (srid 4326). x is ALWAYS the easting.")] double? X,
    [property: Description("Northing in metres (EPSG:2180/2178) or latitude (srid 4326). y is ALWAYS the northing.")] double? Y,
    [property: Description("4326, 2180 (PUWG 1992) or 2178 (CS2000 zone 7). Required with x/y.")] int? Srid,
    [property: Description("An address as a person writes it, e.g. 'ul. Słowackiego 12A, 01-627 Warszawa' (also accepted as 'adres').")] string? Address,
    [property: Description("Instead of address: the street (also 'ulica'), with number.")] string? Street,
    [property: Description("With street: the house number (also 'numer').")] string? Number,
    [property: Description("Optional: the district (also 'dzielnica'), for a street name several districts share.")] string? District);
