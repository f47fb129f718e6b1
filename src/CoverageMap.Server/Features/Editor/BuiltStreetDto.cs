using CoverageMap.Server.Features.Lookup;

namespace CoverageMap.Server.Features.Editor;

/// <summary>A bounding street of a build: the network lines it matched (GeoJSON, empty when none) and, when the network has none, where the register places it.</summary>
internal sealed record BuiltStreetDto(string Name, bool InSource, string? Why, string[] MatchedNames, System.Text.Json.JsonElement? Lines, LatLonDto? RegisterPoint);
