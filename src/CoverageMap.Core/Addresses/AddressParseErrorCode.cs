namespace CoverageMap.Core.Addresses;

/// <summary>Why an address could not be parsed.</summary>
public enum AddressParseErrorCode
{
    /// <summary>Nothing was typed.</summary>
    Empty,

    /// <summary>There is no street name before the house number.</summary>
    NoStreet,

    /// <summary>There is no house number after the street name.</summary>
    NoHouseNumber,

    /// <summary>The house number is malformed (e.g. <c>0</c>, <c>12ABC</c>, <c>99999</c>).</summary>
    InvalidHouseNumber,

    /// <summary>The text is too long to be an address.</summary>
    TooLong,

    /// <summary>The text holds a control character (e.g. <c>U+0000</c>), which no address has.</summary>
    ControlCharacter,
}
