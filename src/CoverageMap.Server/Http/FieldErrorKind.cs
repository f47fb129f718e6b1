namespace CoverageMap.Server.Http;

/// <summary>What is wrong with an input field.</summary>
internal enum FieldErrorKind
{
    Missing,
    NotANumber,
    NotFinite,
    OutOfRange,
    LooksSwapped,
    UnsupportedSrid,
    OutsideGrid,
    BothCoordinateForms,
    NotAnInteger,
    TooLong,
    NoAddressOrPoint,
}
