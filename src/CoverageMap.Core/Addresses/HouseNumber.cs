namespace CoverageMap.Core.Addresses;

/// <summary>
/// A building number: numeric part, letter suffix, and an optional second part of a double number
/// (<c>15/19</c>, <c>7-9</c>). Ordered by number, then letter, then second part, so <c>12 &lt; 12A &lt; 12B &lt; 13</c>.
/// Parity and ranges use the numeric part: <c>12A</c> is even and lies within 1–27. Immutable value type.
/// </summary>
/// <param name="Number">The numeric part (<c>12</c> of <c>12A</c>, <c>15</c> of <c>15/19</c>).</param>
/// <param name="Letter">The letter suffix in upper case (<c>A</c>), or empty.</param>
/// <param name="Second">The second number of a double number (<c>19</c> of <c>15/19</c>), or null.</param>
/// <param name="SecondLetter">The letter suffix of the second number, upper case, or empty.</param>
/// <param name="Raw">The text as typed (<c>12a</c>, <c>15/19</c>).</param>
public readonly record struct HouseNumber(int Number, string Letter, int? Second, string SecondLetter, string Raw)
    : IComparable<HouseNumber>
{
    /// <summary>The largest numeric part accepted.</summary>
    public const int MaxNumber = 9999;

    /// <summary>True when the numeric part is even.</summary>
    public bool IsEven => Number % 2 == 0;

    /// <summary>True when the numeric part lies in [<paramref name="first"/>, <paramref name="last"/>] (inclusive).</summary>
    public bool IsWithin(int first, int last) => Number >= first && Number <= last;

    /// <summary>The canonical form: <c>12A</c>, <c>15/19</c>.</summary>
    public override string ToString() =>
        Second is null ? Number + Letter : Number + Letter + "/" + Second + SecondLetter;

    /// <inheritdoc />
    public int CompareTo(HouseNumber other)
    {
        int c = Number.CompareTo(other.Number);
        if (c != 0) return c;
        c = string.CompareOrdinal(Letter ?? "", other.Letter ?? "");
        if (c != 0) return c;
        return Nullable.Compare(Second, other.Second);
    }

    /// <summary>Less than.</summary>
    public static bool operator <(HouseNumber a, HouseNumber b) => a.CompareTo(b) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(HouseNumber a, HouseNumber b) => a.CompareTo(b) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(HouseNumber a, HouseNumber b) => a.CompareTo(b) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(HouseNumber a, HouseNumber b) => a.CompareTo(b) >= 0;

    /// <summary>
    /// Parses <c>12</c>, <c>12A</c>, <c>12 a</c> is not accepted here (one token), <c>15/19</c>, <c>15a/17</c>,
    /// <c>7-9</c>. At most two letters of suffix; numbers 1–<see cref="MaxNumber"/>. A building carrying more than
    /// two numbers (<c>4/6/8</c>, <c>5-7-9</c>: one separator, each number higher than the one before) is read as
    /// the double number of its first and last (<c>4/8</c>); <see cref="Raw"/> keeps the text.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out HouseNumber number)
    {
        number = default;
        var raw = text.Trim();
        int pos = 0;
        if (!TryPart(raw, ref pos, out int first, out string letter)) return false;
        int? second = null;
        string secondLetter = "";
        if (pos < raw.Length)
        {
            char separator = raw[pos];
            if (separator is not ('/' or '-')) return false;
            int previous = first;
            while (pos < raw.Length)
            {
                if (raw[pos] != separator) return false;
                pos++;
                if (!TryPart(raw, ref pos, out int s, out secondLetter)) return false;
                if (second is not null && s <= previous) return false; // a third part must continue the run
                previous = s;
                second = s;
            }
        }
        number = new HouseNumber(first, letter, second, secondLetter, raw.ToString());
        return true;
    }

    private static bool TryPart(ReadOnlySpan<char> text, ref int pos, out int value, out string letter)
    {
        value = 0;
        letter = "";
        int start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            value = value * 10 + (text[pos] - '0');
            if (value > MaxNumber) return false;
            pos++;
        }
        if (pos == start || value == 0) return false;
        int letterStart = pos;
        while (pos < text.Length && char.IsLetter(text[pos])) pos++;
        if (pos - letterStart > 2) return false;
        letter = pos > letterStart ? text[letterStart..pos].ToString().ToUpperInvariant() : "";
        return true;
    }
}
