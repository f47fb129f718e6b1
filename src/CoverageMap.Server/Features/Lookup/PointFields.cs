namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// A point as the client wrote it: raw strings, before parsing, and the names of the latitude/longitude fields
/// (<c>lat</c>/<c>lon</c>, or a CSV's <c>szerokosc</c>/<c>dlugosc</c>) so errors can name them. Immutable.
/// </summary>
internal sealed record PointFields(string? Lat, string? Lon, string? X, string? Y, string? Srid, string LatName = "lat", string LonName = "lon")
{
    public bool HasLatLon => !string.IsNullOrWhiteSpace(Lat) || !string.IsNullOrWhiteSpace(Lon);
    public bool HasGrid => !string.IsNullOrWhiteSpace(X) || !string.IsNullOrWhiteSpace(Y) || !string.IsNullOrWhiteSpace(Srid);
}
