using System.Globalization;

namespace CoverageMap.Core.Addresses.Interim;

/// <summary>
/// INTERIM stand-in for the <c>HouseNumber</c> of the <c>names</c> branch, replaced when that branch is merged.
/// A Polish house number: the number, an optional letter (<c>12A</c>) and an optional part after a slash
/// (<c>15/19</c>). Parity is that of <see cref="Number"/>: 12A is even, 15/19 is odd. Immutable value type.
/// </summary>
/// <param name="Number">The leading number (≥ 1).</param>
/// <param name="Letter">The letter after the number, upper case, or null.</param>
/// <param name="SlashPart">What follows a slash (<c>19</c> in <c>15/19</c>), upper case, or null.</param>
public readonly record struct HouseNumber(int Number, string? Letter, string? SlashPart)
{
    /// <summary>True when <see cref="Number"/> is even.</summary>
    public bool IsEven => Number % 2 == 0;

    /// <summary>Parses <c>12</c>, <c>12a</c>, <c>12 A</c>, <c>15/19</c>, <c>15A/2</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out HouseNumber value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == 0 || i > 6) return false;
        var number = int.Parse(s.AsSpan(0, i), CultureInfo.InvariantCulture);
        if (number < 1) return false;
        int j = i;
        while (j < s.Length && char.IsLetter(s[j])) j++;
        if (j - i > 2) return false;
        var letter = j > i ? s[i..j] : null;
        string? slash = null;
        if (j < s.Length)
        {
            if (s[j] != '/' || j + 1 >= s.Length) return false;
            slash = s[(j + 1)..];
            if (!slash.All(char.IsLetterOrDigit)) return false;
        }
        value = new HouseNumber(number, letter, slash);
        return true;
    }

    /// <summary>The canonical text: <c>12A</c>, <c>15/19</c>.</summary>
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + Letter + (SlashPart is null ? "" : "/" + SlashPart);
}
