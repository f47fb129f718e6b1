using CoverageMap.Server.Features.Lookup;

namespace CoverageMap.Server.Features.Editor;

/// <summary>A gap between two consecutive bounding streets: both ends, its length, and whether it was bridged.</summary>
internal sealed record BuildGapDto(string FromStreet, string ToStreet, LatLonDto From, LatLonDto To, double LengthMetres, bool Bridged);
