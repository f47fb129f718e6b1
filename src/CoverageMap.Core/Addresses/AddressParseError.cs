namespace CoverageMap.Core.Addresses;

/// <summary>What is wrong with an address, in Polish and in English, for a person to fix it. Immutable.</summary>
/// <param name="Code">The machine-readable reason.</param>
/// <param name="MessagePl">The message in Polish (e.g. <c>brak numeru domu</c>).</param>
/// <param name="MessageEn">The message in English (e.g. <c>no house number</c>).</param>
public sealed record AddressParseError(AddressParseErrorCode Code, string MessagePl, string MessageEn)
{
    internal static AddressParseError Of(AddressParseErrorCode code, string? detail = null)
    {
        var (pl, en) = code switch
        {
            AddressParseErrorCode.Empty => ("pusty adres", "empty address"),
            AddressParseErrorCode.NoStreet => ("brak nazwy ulicy", "no street name"),
            AddressParseErrorCode.NoHouseNumber => ("brak numeru domu", "no house number"),
            AddressParseErrorCode.InvalidHouseNumber => ("nieprawidłowy numer domu", "invalid house number"),
            AddressParseErrorCode.TooLong => ("adres jest za długi", "address is too long"),
            AddressParseErrorCode.ControlCharacter => ("adres zawiera niedozwolony znak sterujący", "the address holds a control character"),
            _ => ("nieprawidłowy adres", "invalid address"),
        };
        return detail is null ? new(code, pl, en) : new(code, $"{pl}: {detail}", $"{en}: {detail}");
    }
}
