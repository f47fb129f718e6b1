namespace CoverageMap.Server.Http;

/// <summary>Per-client-IP rate limit of the API (configuration section <c>RateLimiting</c>).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests allowed per client IP per window; 0 or less turns the limit off.</summary>
    public int PermitLimit { get; set; } = 1200;

    /// <summary>The fixed window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
