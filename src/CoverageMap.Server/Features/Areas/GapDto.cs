namespace CoverageMap.Server.Features.Areas;

/// <summary>A gap the builder bridged between two streets: both ends (lat/lon) and its length.</summary>
internal sealed record GapDto(string FromStreet, string ToStreet, double FromLat, double FromLon, double ToLat, double ToLon, double LengthMetres);
