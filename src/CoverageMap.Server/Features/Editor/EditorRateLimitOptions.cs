namespace CoverageMap.Server.Features.Editor;

/// <summary>The editor's own rate limit on writes, per client IP (configuration section <c>RateLimiting:Writes</c>),
/// apart from the reads' limit.</summary>
public sealed class EditorRateLimitOptions
{
    public const string Section = "RateLimiting:Writes";

    /// <summary>The policy's name.</summary>
    public const string Policy = "editor-writes";

    /// <summary>Writes allowed per client IP per window; 0 or less turns the limit off.</summary>
    public int PermitLimit { get; set; } = 60;

    /// <summary>The fixed window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
