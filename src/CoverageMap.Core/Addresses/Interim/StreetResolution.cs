namespace CoverageMap.Core.Addresses.Interim;

/// <summary>INTERIM stand-in: how a street name resolved in the register. Immutable.</summary>
/// <param name="Kind">Unique, Ambiguous or NotFound.</param>
/// <param name="Candidates">One street when unique, the alternatives when ambiguous, none when not found.</param>
public sealed record StreetResolution(StreetResolutionKind Kind, IReadOnlyList<RegisteredStreet> Candidates);

/// <summary>INTERIM stand-in: the three outcomes of resolving a street name.</summary>
public enum StreetResolutionKind
{
    /// <summary>Exactly one street matches.</summary>
    Unique,

    /// <summary>More than one street matches; the caller must ask which.</summary>
    Ambiguous,

    /// <summary>No street matches.</summary>
    NotFound,
}
