using System.ComponentModel;
using System.Text.Json;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One point of a JSON batch (documentation of the request body; the body is read as a stream). Give lat and lon,
/// or x, y and srid. Numbers may be JSON numbers or strings (a decimal comma is accepted in strings).
/// </summary>
internal sealed record BatchPointDto(
    [property: Description("Anything identifying the row (string or number); echoed in the answer.")] JsonElement? Id,
    [property: Description("Latitude, degrees, WGS 84 (also accepted as 'szerokosc').")] double? Lat,
    [property: Description("Longitude, degrees, WGS 84 (also accepted as 'dlugosc').")] double? Lon,
    [property: Description("Easting in metres (EPSG:2180/2178) or longitude (srid 4326). x is ALWAYS the easting.")] double? X,
    [property: Description("Northing in metres (EPSG:2180/2178) or latitude (srid 4326). y is ALWAYS the northing.")] double? Y,
    [property: Description("4326, 2180 (PUWG 1992) or 2178 (CS2000 zone 7). Required with x/y.")] int? Srid);
