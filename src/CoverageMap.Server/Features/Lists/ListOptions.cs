namespace CoverageMap.Server.Features.Lists;

/// <summary>Limits of a list of addresses (configuration section <c>Lists</c>): the page states them, problems name
/// them, the CLI obeys them too.</summary>
public sealed class ListOptions
{
    public const string Section = "Lists";

    /// <summary>Most rows of a list (the header not counted); more → a problem naming the limit. Default 100,000.</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Largest file in bytes; more → a problem naming the limit. Default 20 MiB.</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
}
