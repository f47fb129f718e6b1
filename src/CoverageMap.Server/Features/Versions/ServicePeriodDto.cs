namespace CoverageMap.Server.Features.Versions;

/// <summary>A period in which a version was the active one: from its activation (by whom and why, when recorded)
/// until the next activation (null while it still serves). Times in UTC.</summary>
internal sealed record ServicePeriodDto(DateTimeOffset From, DateTimeOffset? Until, string? ActivatedBy, string? Reason);
