using System.ComponentModel;

namespace CoverageMap.Server.Features.Health;

/// <summary>The service's health and the dataset it serves.</summary>
internal sealed record HealthDto(
    [property: Description("\"ok\" when a dataset with areas is active (otherwise /healthz is a 503 problem with health \"empty\").")] string Status,
    [property: Description("The active dataset's version (0 = none stored).")] long DatasetVersion,
    [property: Description("The active dataset's label (no machine paths).")] string DatasetLabel,
    [property: Description("Where the active version came from: seed (the geodata folder at start), import (an operator), or null.")] string? DatasetOrigin,
    [property: Description("Number of areas indexed.")] int AreaCount,
    [property: Description("Number of partnerships in the registry.")] int PartnershipCount,
    [property: Description("When the version was activated in the store (UTC).")] DateTimeOffset ActivatedAt,
    [property: Description("When this process loaded it (UTC).")] DateTimeOffset LoadedAt,
    [property: Description("Why the geodata folder was not imported at start (empty when it was valid); the active version keeps serving.")] IReadOnlyList<string> GeodataProblems);
