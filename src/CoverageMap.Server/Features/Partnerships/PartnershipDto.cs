using System.ComponentModel;

namespace CoverageMap.Server.Features.Partnerships;

/// <summary>Everything the registry holds about a partnership, and whether the active dataset has its area.</summary>
internal sealed record PartnershipDto(
    [property: Description("Stable id (slug).")] string Id,
    [property: Description("Current name.")] string Name,
    string FullName,
    IReadOnlyList<FormerNameDto> FormerNames,
    IReadOnlyList<string> Aliases,
    [property: Description("Warsaw district (dzielnica).")] string District,
    IReadOnlyList<string> Neighbourhoods,
    string Founded,
    string? Coordinator,
    IReadOnlyList<string> Initiators,
    IReadOnlyList<string> Members,
    ContactDto? Contact,
    string Description,
    IReadOnlyList<string> Activities,
    BoundaryDefinitionDto Boundary,
    [property: Description("Which seed document the facts come from.")] string Source,
    [property: Description("True when the active dataset has an area for it (see /api/areas/{id}).")] bool HasArea);
