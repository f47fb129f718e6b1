namespace CoverageMap.Data.Store;

/// <summary>A partnership within a dataset version; the full record is kept as JSON. EF entity, never serialised.</summary>
public sealed class PartnershipRow
{
    /// <summary>The dataset version it belongs to.</summary>
    public long VersionId { get; set; }

    /// <summary>The partnership's slug.</summary>
    public string PartnershipId { get; set; } = "";

    /// <summary>The current name (for queries and listings).</summary>
    public string Name { get; set; } = "";

    /// <summary>The whole <see cref="Core.Registry.Partnership"/> as JSON (<see cref="Registry.RegistryJson.Compact"/>).</summary>
    public string Json { get; set; } = "";
}
