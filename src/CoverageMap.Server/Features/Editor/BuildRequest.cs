namespace CoverageMap.Server.Features.Editor;

/// <summary>Build a partnership's area from a boundary, without saving anything.</summary>
internal sealed record BuildRequest(string? PartnershipId, BoundaryInputDto? Boundary);
