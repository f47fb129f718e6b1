namespace CoverageMap.Server.Features.Editor;

/// <summary>Save a draft version: the partnership's facts and boundary replace those of the active version, with the reason.</summary>
internal sealed record DraftRequest(string? PartnershipId, PartnershipFactsDto? Facts, BoundaryInputDto? Boundary, string? Reason);
