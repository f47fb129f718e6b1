namespace CoverageMap.Core.Addresses;

/// <summary>
/// What an answer says, as a code: the server turns it into a sentence of the localized catalogue (Polish by default,
/// English on request) with the answer's street, number, partnerships and <see cref="AddressResolution.Evidence"/>.
/// Core returns codes, never sentences.
/// </summary>
public enum AnswerNote
{
    /// <summary>The given point lies inside one area.</summary>
    PointInside,

    /// <summary>The given point lies on a border (every area whose border it is listed).</summary>
    PointOnBorder,

    /// <summary>The given point lies in no area.</summary>
    PointOutside,

    /// <summary>A street rule gives the address to one partnership (Evidence: the rule ids).</summary>
    Rule,

    /// <summary>Street rules disagree (Evidence: the rule ids).</summary>
    RulesConflict,

    /// <summary>The building's address point lies in one area (Evidence: the point's source).</summary>
    AddressPointInside,

    /// <summary>The building's address point lies on a border.</summary>
    AddressPointOnBorder,

    /// <summary>The building's address point lies in no area.</summary>
    AddressPointOutside,

    /// <summary>The nearest numbers on the same side both lie in one area (Evidence: lower and upper number).</summary>
    InterpolatedInside,

    /// <summary>The nearest numbers on the same side both lie in no area (Evidence: lower and upper number).</summary>
    InterpolatedOutside,

    /// <summary>Every known point and line of the street lies in one area (Evidence: how many points).</summary>
    WholeStreetInside,

    /// <summary>Every known point and line of the street lies in no area (Evidence: how many points).</summary>
    WholeStreetOutside,

    /// <summary>The register puts the street in districts no partnership serves (Evidence: the districts).</summary>
    OtherDistrict,

    /// <summary>The known points on the number's side of the street near it lie in one area (Evidence: parity, how many points).</summary>
    SideDecides,

    /// <summary>The street runs along a border there and nothing says which side the house is on.</summary>
    SideUnknown,

    /// <summary>The number places the house on a stretch of the street inside one area (Evidence: nearest numbers).</summary>
    StretchDecides,

    /// <summary>The street touches several areas (or leaves them) on different stretches and the number does not say which.</summary>
    StretchUnknown,

    /// <summary>The partnership's own description names the street as a bound; the geometry does not place the house.</summary>
    RegistryBounds,

    /// <summary>The city's neighbourhood register (MSI) puts the whole street in the neighbourhood the partnership's area is
    /// built from (Evidence: the street's MSI areas).</summary>
    MsiArea,

    /// <summary>The MSI register puts the street partly in such a neighbourhood (Evidence: its MSI areas).</summary>
    MsiAreaPartly,

    /// <summary>The street is known but nothing places the address.</summary>
    NoData,

    /// <summary>The street's name fits several streets (each listed with its own answer).</summary>
    AmbiguousStreet,

    /// <summary>No Warsaw street of that name is known (suggestions listed).</summary>
    StreetNotFound,

    /// <summary>The text is not an address.</summary>
    Unparseable,
}
