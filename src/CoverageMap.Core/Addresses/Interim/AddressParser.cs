using System.Text.RegularExpressions;

namespace CoverageMap.Core.Addresses.Interim;

/// <summary>
/// INTERIM stand-in for the <c>AddressParser</c> of the <c>names</c> branch: splits <c>ul. Słowackiego 12A</c>
/// (optionally followed by <c>, 01-518 Warszawa</c> or <c>m. 5</c>) into street and house number.
/// Stateless and thread-safe.
/// </summary>
public static partial class AddressParser
{
    /// <summary>The parsed address, or null when no street can be found.</summary>
    public static ParsedAddress? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var postcode = Postcode().Match(text);
        var rest = postcode.Success ? text.Remove(postcode.Index, postcode.Length) : text;
        rest = City().Replace(rest, " ").Trim().TrimEnd(',').Trim();
        var m = StreetAndNumber().Match(rest);
        if (!m.Success) return rest.Length == 0 ? null : new ParsedAddress(rest, null, postcode.Success ? postcode.Value : null);
        HouseNumber? hn = HouseNumber.TryParse(m.Groups["num"].Value, out var h) ? h : null;
        return new ParsedAddress(m.Groups["street"].Value.Trim().TrimEnd(','), hn, postcode.Success ? postcode.Value : null);
    }

    [GeneratedRegex(@"\b\d{2}-\d{3}\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\bWarszawa\b", RegexOptions.IgnoreCase)]
    private static partial Regex City();

    [GeneratedRegex(@"^(?<street>.*?\D)\s*,?\s+(?<num>\d+\s?[A-Za-z]{0,2}(/\w+)?)(\s*(m\.|lok\.|/)\s*\w+)?\s*,?$")]
    private static partial Regex StreetAndNumber();
}
