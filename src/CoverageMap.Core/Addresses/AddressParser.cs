using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// Parses Warsaw addresses in the forms people type (<c>ul. Gen. J. Zajączka 7 m. 12, 01-518 Warszawa</c>,
/// <c>slowackiego 15</c>, <c>Krasińskiego 24/3</c>) and resolves the street against a <see cref="StreetRegister"/>.
/// Holds only the immutable register: thread-safe; share one instance.
/// </summary>
/// <remarks>
/// <para><b>Shape.</b> Street words, then a house number (the first number after at least one street word whose
/// preceding words name a street; so <c>11 Listopada 5</c> and <c>Dywizjonu 303 7</c> work), then optionally a
/// flat (<c>m.</c>, <c>m</c>, <c>lok.</c>, <c>lok</c>, <c>lokal</c>, <c>mieszk.</c>), a postcode <c>NN-NNN</c>
/// (anywhere) and the city (<c>Warszawa</c>, <c>Warsaw</c>, <c>Wwa</c>; anywhere). Commas are separators.</para>
/// <para><b>The slash rule.</b> <c>A/B</c> without an explicit flat is a double number (one corner building, e.g.
/// <c>15/19</c>, <c>12/14</c>) when B is greater than A, of the same parity and at most 10 higher — numbers on one
/// side of a street; otherwise it is building A, flat B (<c>24/3</c>, <c>5/7</c> is a double number, <c>5/8</c> a
/// flat). With an explicit flat (<c>15/19 m. 4</c>) it is always a double number. <c>A-B</c> is always a double
/// number. The typed text is kept in <see cref="ParsedAddress.HouseNumberText"/>, the reading in
/// <see cref="ParsedAddress.Slash"/> and a note explains it.</para>
/// <para><b>Postcodes and Wesoła.</b> Wesoła (part of Warsaw since 2002) keeps its own postcodes 05-075 and 05-077;
/// the rest of Warsaw uses 00-… to 04-…. A postcode therefore separates same-named streets of Wesoła from the
/// others (<c>Mickiewicza</c> exists in both).</para>
/// <para><b>Street.</b> Resolved by <see cref="StreetRegister.Resolve"/>; a name not found is matched to a near
/// miss only when exactly one street is nearest (edit distance ≤ 2 on the key, scaled by length); otherwise the
/// street stays null and every candidate is in <see cref="ParsedAddress.Alternatives"/>. Never a guess.</para>
/// </remarks>
public sealed class AddressParser
{
    private const int MaxTokens = 32;
    private const int MaxLength = 200;
    private const string Wesola = "Wesoła";
    private static readonly string[] CityWords = ["warszawa", "warsaw", "wwa", "w wa", "warszawie"];
    private static readonly string[] UnitWords = ["m", "lok", "lokal", "mieszk", "mieszkanie", "apt", "app"];
    private static readonly RegisteredStreet[] NoStreets = [];
    private static readonly string[] NoNotes = [];

    private readonly StreetRegister _register;

    /// <summary>Creates a parser over a register.</summary>
    public AddressParser(StreetRegister register) =>
        _register = register ?? throw new ArgumentNullException(nameof(register));

    /// <summary>Parses one address. See the type's remarks for the forms and rules.</summary>
    /// <param name="input">The address as typed.</param>
    /// <param name="district">Optional district that narrows a street name shared by several districts.</param>
    public AddressParseResult Parse(string input, string? district = null)
    {
        if (string.IsNullOrWhiteSpace(input)) return Fail(AddressParseErrorCode.Empty);
        if (input.Length > MaxLength) return Fail(AddressParseErrorCode.TooLong);

        Span<Range> tokens = stackalloc Range[MaxTokens];
        int count = Tokenize(input, tokens);
        if (count < 0) return Fail(AddressParseErrorCode.TooLong);
        tokens = tokens[..count];
        var text = input.AsSpan();

        // 0 = word, 1 = postcode, 2 = city
        Span<byte> kind = stackalloc byte[count];
        string? postcode = null, city = null;
        for (int i = 0; i < count; i++)
        {
            var t = text[tokens[i]];
            if (IsPostcode(t))
            {
                kind[i] = 1;
                postcode ??= t.ToString();
            }
            else if (i > 0 && IsCity(t))
            {
                kind[i] = 2;
                city ??= t.ToString();
            }
        }

        string? wanted = district, unwanted = null;
        if (postcode is not null && district is null)
        {
            if (postcode.StartsWith("05-07", StringComparison.Ordinal)) wanted = Wesola;
            else if (postcode[0] == '0' && postcode[1] is >= '0' and <= '4') unwanted = Wesola;
        }

        // The house number: the first number after street words whose street resolves; else the first number.
        int numberAt = -1, streetFrom = -1;
        StreetResolution? resolution = null;
        bool anyWord = false;
        for (int i = 0; i < count; i++)
        {
            if (kind[i] != 0) continue;
            var t = text[tokens[i]];
            if (i > 0 && char.IsAsciiDigit(t[0]))
            {
                int from = i;
                while (from > 0 && kind[from - 1] == 0) from--;
                if (from < i)
                {
                    var r = _register.Resolve(input[tokens[from].Start..tokens[i - 1].End].TrimEnd('.', ' '), wanted, unwanted);
                    if (numberAt < 0 || (resolution!.Status == StreetResolutionStatus.NotFound && r.Status != StreetResolutionStatus.NotFound))
                    {
                        (numberAt, streetFrom, resolution) = (i, from, r);
                        if (r.Status != StreetResolutionStatus.NotFound) break;
                    }
                }
            }
            if (!char.IsAsciiDigit(t[0])) anyWord = true;
        }
        if (numberAt < 0)
            return Fail(anyWord ? AddressParseErrorCode.NoHouseNumber : AddressParseErrorCode.NoStreet);

        // House number, a detached letter ("7 a"), then an explicit flat.
        var notes = new List<string>(2);
        var numberText = text[tokens[numberAt]];
        int next = numberAt + 1;
        string numberRaw = numberText.ToString();
        if (next < count && kind[next] == 0 && IsDetachedLetter(text[tokens[next]]) && !char.IsAsciiLetter(numberText[^1]))
            numberRaw += text[tokens[next++]].ToString();
        if (!HouseNumber.TryParse(numberRaw, out var number))
            return Fail(AddressParseErrorCode.InvalidHouseNumber, numberRaw);

        string? unit = null;
        if (next < count && kind[next] == 0 && IsUnitWord(text[tokens[next]]))
        {
            if (next + 1 < count && kind[next + 1] == 0 && char.IsAsciiLetterOrDigit(text[tokens[next + 1]][0]))
            {
                unit = text[tokens[next + 1]].ToString();
                next += 2;
            }
            else next++;
        }
        for (int i = next; i < count; i++)
            if (kind[i] == 0) notes.Add("pominięto / ignored: " + text[tokens[i]].ToString());

        var slash = SlashReading.None;
        if (number.Second is { } second)
        {
            bool hyphen = numberRaw.Contains('-');
            bool sameSide = second > number.Number && (second - number.Number) % 2 == 0 && second - number.Number <= 10;
            if (hyphen || unit is not null || sameSide)
            {
                slash = SlashReading.DoubleNumber;
                notes.Add($"{numberRaw}: numer podwójny (jeden budynek) / double number (one building)");
            }
            else
            {
                slash = SlashReading.Unit;
                unit = second + number.SecondLetter;
                number = new HouseNumber(number.Number, number.Letter, null, "", numberRaw[..numberRaw.IndexOf('/')]);
                notes.Add($"{numberRaw}: budynek {number}, lokal {unit} / building {number}, flat {unit}");
            }
        }

        var streetText = input[tokens[streetFrom].Start..tokens[numberAt - 1].End].TrimEnd(',', ' ');
        var (street, match, confidence, alternatives) = Choose(resolution!, unwanted, wanted);
        return new AddressParseResult(
            new ParsedAddress(streetText, street, match, confidence, alternatives, number, numberRaw, slash, unit,
                postcode, city, notes.Count == 0 ? NoNotes : notes),
            null);
    }

    private static (RegisteredStreet?, StreetMatchKind, double, IReadOnlyList<RegisteredStreet>) Choose(
        StreetResolution r, string? unwanted, string? wanted)
    {
        switch (r.Status)
        {
            case StreetResolutionStatus.Unique:
                double confidence = r.Match switch
                {
                    StreetMatchKind.Exact => 1.0,
                    StreetMatchKind.DiacriticFree => 0.9,
                    _ => 0.85,
                };
                return (r.Street, r.Match, confidence, NoStreets);
            case StreetResolutionStatus.Ambiguous:
                return (null, StreetMatchKind.Ambiguous, 0, r.Candidates);
        }

        var near = r.Suggestions.Where(s => s.Distance is > 0 and <= FuzzyDistanceLimit).ToList();
        if (unwanted is not null && near.Any(s => !s.Street.InDistrict(unwanted))) near.RemoveAll(s => s.Street.InDistrict(unwanted));
        if (wanted is not null && near.Any(s => s.Street.InDistrict(wanted))) near.RemoveAll(s => !s.Street.InDistrict(wanted));
        var all = r.Suggestions.Select(s => s.Street).ToArray();
        if (near.Count == 0) return (null, StreetMatchKind.NotFound, 0, all);

        int best = near.Min(s => s.Distance);
        var nearest = near.Where(s => s.Distance == best).Select(s => s.Street).ToList();
        if (nearest.Count > 1) return (null, StreetMatchKind.Ambiguous, 0, [.. nearest, .. all.Except(nearest)]);
        return (nearest[0], StreetMatchKind.Fuzzy, best == 1 ? 0.7 : 0.5, [.. all.Where(s => s != nearest[0])]);
    }

    private const int FuzzyDistanceLimit = 2;

    private static AddressParseResult Fail(AddressParseErrorCode code, string? detail = null) =>
        new(null, AddressParseError.Of(code, detail));

    /// <summary>Splits on whitespace and commas; a dot followed by a digit also ends a token (<c>m.12</c>).</summary>
    private static int Tokenize(string input, Span<Range> tokens)
    {
        int count = 0, start = -1;
        for (int i = 0; i <= input.Length; i++)
        {
            char c = i < input.Length ? input[i] : ' ';
            bool separator = char.IsWhiteSpace(c) || c == ',' || c == ';';
            if (separator)
            {
                if (start >= 0)
                {
                    if (count == tokens.Length) return -1;
                    tokens[count++] = start..i;
                    start = -1;
                }
                continue;
            }
            if (start < 0) start = i;
            if (c == '.' && i + 1 < input.Length && char.IsAsciiDigit(input[i + 1]))
            {
                if (count == tokens.Length) return -1;
                tokens[count++] = start..(i + 1);
                start = -1;
            }
        }
        return count;
    }

    private static bool IsPostcode(ReadOnlySpan<char> t) =>
        t.Length == 6 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && t[2] == '-' &&
        char.IsAsciiDigit(t[3]) && char.IsAsciiDigit(t[4]) && char.IsAsciiDigit(t[5]);

    private static bool IsCity(ReadOnlySpan<char> t)
    {
        if (t.Length > 10) return false;
        var folded = StreetNameNormalizer.Fold(t);
        return Array.IndexOf(CityWords, folded) >= 0;
    }

    private static bool IsUnitWord(ReadOnlySpan<char> t)
    {
        t = t.TrimEnd('.');
        foreach (var w in UnitWords)
            if (t.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsDetachedLetter(ReadOnlySpan<char> t) =>
        t.Length == 1 && char.IsLetter(t[0]) && char.ToLowerInvariant(t[0]) != 'm';
}
