namespace CoverageMap.Core.Addresses;

/// <summary>What an answer rests on, from the most to the least direct. Every answer has one.</summary>
public enum AnswerBasis
{
    /// <summary>The point was given (coordinates): it is located in the areas.</summary>
    Point,

    /// <summary>A street rule of <c>street-rules.json</c> names the address.</summary>
    StreetRule,

    /// <summary>The building's own address point.</summary>
    AddressPoint,

    /// <summary>Between the nearest known numbers of the same parity (the same side) on the same street.</summary>
    Interpolation,

    /// <summary>Every known point and line of the street lies in one area (or outside all).</summary>
    Street,

    /// <summary>A border street: the parity of the number and the known points on each side say which side it is on.</summary>
    StreetSide,

    /// <summary>A street touching areas on different stretches: the number says which stretch.</summary>
    StreetStretch,

    /// <summary>The registry: the partnership's own description names the street as a bound.</summary>
    Registry,

    /// <summary>Nothing definite is known.</summary>
    None,
}
