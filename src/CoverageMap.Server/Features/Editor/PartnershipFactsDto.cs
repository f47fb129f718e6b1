using CoverageMap.Server.Features.Partnerships;

namespace CoverageMap.Server.Features.Editor;

/// <summary>The facts staff may edit: names, former names, members, contact, description.</summary>
internal sealed record PartnershipFactsDto(string? Name, string? FullName, FormerNameDto[]? FormerNames, string[]? Members, ContactDto? Contact, string? Description);
