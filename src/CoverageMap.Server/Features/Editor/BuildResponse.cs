namespace CoverageMap.Server.Features.Editor;

/// <summary>The outcome of a build: the polygon (GeoJSON, null when none), its hectares, the streets with their lines, the gaps, the messages.</summary>
internal sealed record BuildResponse(bool Succeeded, bool HandDrawn, System.Text.Json.JsonElement? Area, double Hectares, double EstimatedAccuracyMetres, BuiltStreetDto[] Streets, BuildGapDto[] Gaps, BuildMessageDto[] Messages, string Summary);
