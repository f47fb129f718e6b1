namespace CoverageMap.Server.Features.Editor;

/// <summary>The boundary as the editor holds it: the description, the street list, extras, the gap tolerance, and optionally a polygon adjusted by hand (GeoJSON) that replaces the built one.</summary>
internal sealed record BoundaryInputDto(string? Description, StreetInputDto[]? Streets, ExtraInputDto[]? Extras, double? GapToleranceMetres, System.Text.Json.JsonElement? Geometry);
