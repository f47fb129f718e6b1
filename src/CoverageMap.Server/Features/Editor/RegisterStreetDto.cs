using CoverageMap.Server.Features.Lookup;

namespace CoverageMap.Server.Features.Editor;

/// <summary>A street of the official register, as the editor shows it.</summary>
internal sealed record RegisterStreetDto(string Id, string Name, string[] Districts, LatLonDto? Point);
