namespace CoverageMap.Data.Store;

/// <summary>
/// A partnership's area within a dataset version. The geometry is stored as ISO WKB (EPSG:4326, X = longitude),
/// with its envelope in plain columns. EF entity, never serialised.
/// </summary>
public sealed class AreaRow
{
    /// <summary>The dataset version it belongs to.</summary>
    public long VersionId { get; set; }

    /// <summary>The partnership's slug.</summary>
    public string PartnershipId { get; set; } = "";

    /// <summary>Polygon or MultiPolygon as WKB.</summary>
    public byte[] GeometryWkb { get; set; } = [];

    /// <summary>The <see cref="Core.Areas.AreaProvenance"/> as JSON.</summary>
    public string ProvenanceJson { get; set; } = "";

    /// <summary>Envelope: west longitude.</summary>
    public double MinLon { get; set; }

    /// <summary>Envelope: south latitude.</summary>
    public double MinLat { get; set; }

    /// <summary>Envelope: east longitude.</summary>
    public double MaxLon { get; set; }

    /// <summary>Envelope: north latitude.</summary>
    public double MaxLat { get; set; }
}
