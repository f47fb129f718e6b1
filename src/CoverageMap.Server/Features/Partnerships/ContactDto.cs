namespace CoverageMap.Server.Features.Partnerships;

/// <summary>A partnership's contact point.</summary>
internal sealed record ContactDto(string Organisation, string? Place, string? Street, string? Postcode, string? City, string? Email, string? Phone);
