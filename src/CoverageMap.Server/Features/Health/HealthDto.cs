using System.ComponentModel;

namespace CoverageMap.Server.Features.Health;

/// <summary>The service's health and the dataset it serves.</summary>
internal sealed record HealthDto(
    [property: Description("\"ok\" when a dataset with areas is active; \"empty\" when no areas are loaded.")] string Status,
    [property: Description("The active dataset's version (0 = none stored).")] long DatasetVersion,
    [property: Description("The active dataset's label.")] string DatasetLabel,
    [property: Description("Number of areas indexed.")] int AreaCount,
    [property: Description("Number of partnerships in the registry.")] int PartnershipCount,
    [property: Description("When the dataset was activated (UTC).")] DateTimeOffset ActivatedAt);
