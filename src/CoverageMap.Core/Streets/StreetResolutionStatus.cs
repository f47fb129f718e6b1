namespace CoverageMap.Core.Streets;

/// <summary>The outcome of resolving a street name against the register.</summary>
public enum StreetResolutionStatus
{
    /// <summary>Exactly one street fits.</summary>
    Unique,

    /// <summary>More than one street fits; all are reported and none is chosen.</summary>
    Ambiguous,

    /// <summary>No street fits; near misses may be suggested.</summary>
    NotFound,
}
