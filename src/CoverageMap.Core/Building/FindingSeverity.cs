namespace CoverageMap.Core.Building;

/// <summary>
/// How serious a build diagnostic or an area-set finding is. Tools fail on <see cref="Error"/>;
/// <see cref="Warning"/> asks a person to look; <see cref="Info"/> only records what was decided.
/// </summary>
public enum FindingSeverity
{
    /// <summary>A record of a decision (a face dropped, a gap bridged); nothing to do.</summary>
    Info,

    /// <summary>The result is usable but a person should look at it.</summary>
    Warning,

    /// <summary>The result must not be used; builds and imports fail.</summary>
    Error,
}
