namespace CoverageMap.Server.Features.Lists;

/// <summary>Why a row of a list needs a person's attention; <see cref="None"/> for a row with a definite answer.</summary>
internal enum ListAttention
{
    /// <summary>A definite answer: one partnership, or none (outside every area), with high or medium certainty.</summary>
    None,

    /// <summary>The address column is empty in this row.</summary>
    Empty,

    /// <summary>The text is not an address (no street could be read) or is too long.</summary>
    NotAnAddress,

    /// <summary>No Warsaw street of that name is known.</summary>
    StreetNotFound,

    /// <summary>The street's name fits several streets.</summary>
    AmbiguousStreet,

    /// <summary>Several partnerships may serve it (a border street, a street crossing areas).</summary>
    Several,

    /// <summary>The street is known but nothing places the address.</summary>
    NoData,

    /// <summary>One partnership, but the address lies near a border: worth a look on the map.</summary>
    LowCertainty,
}
