namespace CoverageMap.Core.Addresses;

/// <summary>The outcome of resolving an address. Only <see cref="Resolved"/> is a single answer.</summary>
public enum AddressResolutionStatus
{
    /// <summary>Exactly one partnership serves the address.</summary>
    Resolved,

    /// <summary>Several partnerships may serve it (a border street, a street crossing areas, a point on a boundary); all are listed.</summary>
    Multiple,

    /// <summary>The address (or the whole street) lies outside every partnership's area.</summary>
    NoPartnership,

    /// <summary>The street name fits more than one street; the alternatives are listed, no answer is given.</summary>
    AmbiguousStreet,

    /// <summary>No street of that name is known.</summary>
    StreetNotFound,

    /// <summary>The street is known but neither a rule, nor an address point, nor street geometry places it.</summary>
    NoData,

    /// <summary>Street rules give the address to different partnerships; the rules must be fixed.</summary>
    ConflictingRules,

    /// <summary>The text is not an address (no street could be read).</summary>
    Unparseable,
}
