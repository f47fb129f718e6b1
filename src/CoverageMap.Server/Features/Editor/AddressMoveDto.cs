namespace CoverageMap.Server.Features.Editor;

/// <summary>An address that changes partnership: where it is, the partnerships before and after (names).</summary>
internal sealed record AddressMoveDto(string Street, string HouseNumber, double Lat, double Lon, string[] Before, string[] After);
