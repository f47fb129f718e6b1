namespace CoverageMap.Server.Features.Lookup;

/// <summary>Limits of <c>POST /api/lookup/batch</c> (configuration section <c>Batch</c>).</summary>
public sealed class BatchOptions
{
    public const string Section = "Batch";

    /// <summary>Most rows (points) per request; more → 413. Default 100,000.</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Largest request body in bytes; more → 413. Default 32 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 32L * 1024 * 1024;
}
