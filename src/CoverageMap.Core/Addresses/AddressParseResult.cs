namespace CoverageMap.Core.Addresses;

/// <summary>The outcome of <see cref="AddressParser.Parse"/>: an address or an error, never both. Immutable.</summary>
/// <param name="Address">The parsed address, or null on error.</param>
/// <param name="Error">What is wrong, or null on success.</param>
public sealed record AddressParseResult(ParsedAddress? Address, AddressParseError? Error)
{
    /// <summary>True when the input was parsed (the street may still be unresolved: see <see cref="ParsedAddress.Match"/>).</summary>
    public bool IsSuccess => Address is not null;
}
