namespace CoverageMap.Data.Store;

/// <summary>One dataset version (a "generation"): an import of partnerships and areas. EF entity, never serialised.</summary>
public sealed class DatasetVersionRow
{
    /// <summary>Monotonic version number.</summary>
    public long Id { get; set; }

    /// <summary>Human label: what was imported (never a machine path: it is shown on <c>/healthz</c>).</summary>
    public string Label { get; set; } = "";

    /// <summary>Where the version came from: <see cref="DatasetOrigins.Seed"/> or <see cref="DatasetOrigins.Import"/>.</summary>
    public string Origin { get; set; } = DatasetOrigins.Import;

    /// <summary>SHA-256 of the imported content (registry + areas), to make imports idempotent.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>When the import was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was last activated (UTC), if ever.</summary>
    public DateTimeOffset? ActivatedAt { get; set; }

    /// <summary>True for the one version lookups use. At most one row has it (unique filtered index).</summary>
    public bool IsActive { get; set; }

    /// <summary>The partnerships of this version.</summary>
    public List<PartnershipRow> Partnerships { get; set; } = [];

    /// <summary>The areas of this version.</summary>
    public List<AreaRow> Areas { get; set; } = [];
}
