namespace CoverageMap.Core.Addresses;

/// <summary>What is wrong with an address: a code and the part at fault, no sentence (the catalogues of the server and
/// the CLI say it in the language asked for). Immutable.</summary>
/// <param name="Code">The machine-readable reason.</param>
/// <param name="Detail">The part of the text at fault (e.g. the house number <c>12ABC</c>), or null.</param>
public sealed record AddressParseError(AddressParseErrorCode Code, string? Detail = null)
{
    internal static AddressParseError Of(AddressParseErrorCode code, string? detail = null) => new(code, detail);
}
