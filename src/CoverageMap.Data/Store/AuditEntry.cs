namespace CoverageMap.Data.Store;

/// <summary>An entry of the audit log as read back. Immutable.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, long? VersionId, long? PreviousVersionId, string? PartnershipId, string Reason);
