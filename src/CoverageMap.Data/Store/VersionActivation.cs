namespace CoverageMap.Data.Store;

/// <summary>One activation of a dataset version: when, by whom and why (null when it predates the audit of activations). Immutable.</summary>
/// <param name="VersionId">The version made active.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who: the key's name, <c>cli</c> or <c>seed</c>; null when not recorded.</param>
/// <param name="Reason">Why, in the person's words; null when not recorded.</param>
/// <param name="PreviousVersionId">The version active before, when recorded.</param>
/// <param name="AuditId">The audit entry, when there is one.</param>
public sealed record VersionActivation(long VersionId, DateTimeOffset At, string? Actor, string? Reason, long? PreviousVersionId, long? AuditId);
