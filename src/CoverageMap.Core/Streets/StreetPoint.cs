namespace CoverageMap.Core.Streets;

/// <summary>A representative point of a street, in WGS 84 degrees. Immutable.</summary>
/// <param name="Latitude">Latitude, degrees.</param>
/// <param name="Longitude">Longitude, degrees.</param>
public readonly record struct StreetPoint(double Latitude, double Longitude);
