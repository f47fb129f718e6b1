namespace CoverageMap.Data.Store;

/// <summary>One change to the store's data made through the API or the key commands: who, when, what and why.
/// Append-only. EF entity, never serialised.</summary>
public sealed class AuditEntryRow
{
    /// <summary>Monotonic id.</summary>
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who: the key's name (<c>cli</c> for the key commands on the host).</summary>
    public string Actor { get; set; } = "";

    /// <summary>The key used, when one was.</summary>
    public long? ApiKeyId { get; set; }

    /// <summary>What (<see cref="AuditActions"/>).</summary>
    public string Action { get; set; } = "";

    /// <summary>The dataset version the change made or activated, when it is about one.</summary>
    public long? VersionId { get; set; }

    /// <summary>The version that was active before an activation.</summary>
    public long? PreviousVersionId { get; set; }

    /// <summary>The partnership the change is about, when one.</summary>
    public string? PartnershipId { get; set; }

    /// <summary>Why, in the person's words.</summary>
    public string Reason { get; set; } = "";
}
