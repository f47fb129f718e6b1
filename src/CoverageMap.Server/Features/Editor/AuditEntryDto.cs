namespace CoverageMap.Server.Features.Editor;

/// <summary>An entry of the audit log.</summary>
internal sealed record AuditEntryDto(long Id, DateTimeOffset At, string Actor, string Action, long? VersionId, long? PreviousVersionId, string? PartnershipId, string Reason);
