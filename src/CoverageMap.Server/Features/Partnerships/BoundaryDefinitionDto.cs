namespace CoverageMap.Server.Features.Partnerships;

/// <summary>How the source delimits the area.</summary>
internal sealed record BoundaryDefinitionDto(string Basis, string SourceText, IReadOnlyList<BoundingStreetDto> Streets, IReadOnlyList<BoundaryExtraDto> Extras, string? Note);
