using System.Buffers;
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
/// flat (<c>m.</c>, <c>m</c>, <c>lok.</c>, <c>lok</c>, <c>lokal</c>, <c>lokal nr</c>, <c>mieszk.</c>), a postcode
/// <c>NN-NNN</c> (anywhere) and the city (<c>Warszawa</c>, <c>Warsaw</c>, <c>Wwa</c>; anywhere). Commas are
/// separators; letter case does not matter.</para>
/// <para><b>Text around the address.</b> Whatever follows the number and the flat (<c>lokal nr A0168 na terenie C.H.
/// Galeria Mokotów</c>, <c>(róg X)</c>, <c>Hotel Sheraton</c>, <c>wejście od ul. Białostockiej</c>) is ignored and
/// quoted in one note; the street is the one before the number. Words that place a point next to a number rather
/// than name the street (<c>vis-a-vis</c>, <c>naprzeciw</c>, <c>obok</c>, <c>przy</c>, <c>budynku</c>, <c>nr</c>) are
/// dropped from the end of the street words. When the street words still name no street, shorter and shorter tails
/// of them are tried (<c>Teren zieleni przy ul. Korkowej 170A</c> → Korkowej), ranked below any reading of the whole
/// (so <c>Bitwy Warszawskiej 1920 r. 10</c> is not read as Warszawska 1920); a tail never starts right after a given
/// name, initial or title (<c>Jana Kowalczyka</c> is not Anastazego Kowalczyka), a tail found by the surname alone
/// must start with a street type (<c>…, ul. M. Anielewicza</c>), and after <c>nr</c> no tail is tried
/// (<c>Biblioteka … nr 67</c> is no address). The work is bounded: input longer than
/// <see cref="MaxLength"/> characters is <see cref="AddressParseErrorCode.TooLong"/>; only the first 64 tokens and
/// eight numbers are looked at, and at most six tails per number.</para>
/// <para><b>Numbers.</b> <c>12A</c> = <c>12a</c> = <c>12 a</c>; <c>8.</c> and <c>120/124)</c> lose the trailing
/// punctuation; <c>4/6/8</c> and <c>5-7-9</c> are one building carrying several numbers (read as the double number
/// 4/8, 5/9); a number followed by a slash and something that is not a number (<c>9/Zatrasie</c>, <c>14/U-1</c>,
/// <c>2C-G</c>) is the number, with the rest the flat when it has a digit (<c>U-1</c>) and ignored otherwise.</para>
/// <para><b>The slash rule.</b> <c>A/B</c> without an explicit flat is a double number (one corner building, e.g.
/// <c>15/19</c>, <c>12/14</c>) when B is greater than A, of the same parity and at most 10 higher — numbers on one
/// side of a street; otherwise it is building A, flat B (<c>24/3</c>, <c>5/7</c> is a double number, <c>5/8</c> a
/// flat). With an explicit flat (<c>15/19 m. 4</c>) it is always a double number. <c>A-B</c> is always a double
/// number. The typed text is kept in <see cref="ParsedAddress.HouseNumberText"/>, the reading in
/// <see cref="ParsedAddress.Slash"/> and a note explains it.</para>
/// <para><b>Postcodes and Wesoła.</b> Wesoła (part of Warsaw since 2002) keeps its own postcodes 05-075 and 05-077;
/// the rest of Warsaw uses 00-… to 04-…. A postcode therefore separates same-named streets of Wesoła from the
/// others (<c>Mickiewicza</c> exists in both). The city's own lists mark Wesoła's streets with <c>(W)</c>
/// (<c>1 Praskiego Pułku (W) 21</c>), which chooses Wesoła the same way. The postcode is kept in
/// <see cref="ParsedAddress.Postcode"/>.</para>
/// <para><b>Street.</b> Resolved by <see cref="StreetRegister.Resolve"/>; a name not found is matched to a near
/// miss only when exactly one street is nearest (edit distance ≤ 2 on the key, scaled by length); otherwise the
/// street stays null and every candidate is in <see cref="ParsedAddress.Alternatives"/>. Never a guess.</para>
/// </remarks>
public sealed class AddressParser
{
    /// <summary>Control characters no address holds (tab, line feed and carriage return count as spaces).</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    /// <summary>The longest input accepted, in characters; longer is <see cref="AddressParseErrorCode.TooLong"/>.</summary>
    public const int MaxLength = 500;

    private const int MaxTokens = 64;
    private const int MaxNumbersTried = 8;
    private const int MaxTailsTried = 6;
    private const string Wesola = "Wesoła";
    private static readonly string[] CityWords = ["warszawa", "warsaw", "wwa", "w wa", "warszawie"];
    private static readonly string[] UnitWords = ["m", "lok", "lokal", "mieszk", "mieszkanie", "apt", "app"];
    private static readonly string[] PositionWords =
        ["vis-a-vis", "vis-à-vis", "vis-vis", "v-vis", "vis/vis", "v-v", "vis", "naprzeciw", "naprzeciwko", "obok", "przy", "budynku", "budynek", "bud", "nr", "numer"];
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
        if (input.AsSpan().ContainsAny(ControlCharacters)) return Fail(AddressParseErrorCode.ControlCharacter);

        Span<Range> tokens = stackalloc Range[MaxTokens];
        int count = Tokenize(input, tokens);
        tokens = tokens[..count];
        var text = input.AsSpan();

        // 0 = word, 1 = postcode, 2 = city, 3 = the Wesoła mark "(W)"
        Span<byte> kind = stackalloc byte[count];
        string? postcode = null, city = null;
        bool wesolaMark = false;
        for (int i = 0; i < count; i++)
        {
            var t = text[tokens[i]];
            if (IsPostcode(t))
            {
                kind[i] = 1;
                postcode ??= t.ToString();
            }
            else if (i > 0 && t is "(W)" or "(w)")
            {
                kind[i] = 3;
                wesolaMark = true;
            }
            else if (i > 0 && IsCity(t))
            {
                kind[i] = 2;
                city ??= t.ToString();
            }
        }

        string? wanted = district, unwanted = null;
        if (wesolaMark && district is null) wanted = Wesola;
        else if (postcode is not null && district is null)
        {
            if (postcode.StartsWith("05-07", StringComparison.Ordinal)) wanted = Wesola;
            else if (postcode[0] == '0' && postcode[1] is >= '0' and <= '4') unwanted = Wesola;
        }

        // The house number: the first number after street words that name a street, the best reading first
        // (see the remarks); else the first number after any words.
        int numberAt = -1, streetFrom = -1, streetTo = -1, bestRank = -1, numbersTried = 0;
        StreetResolution? resolution = null;
        bool anyWord = false;
        for (int i = 0; i < count && numbersTried < MaxNumbersTried; i++)
        {
            if (kind[i] != 0) continue;
            var t = text[tokens[i]];
            if (i > 0 && char.IsAsciiDigit(t[0]) && !IsOrdinal(t) && !(i + 1 < count && IsYearMark(text[tokens[i + 1]])))
            {
                int to = kind[i - 1] == 3 ? i - 1 : i; // "1 Praskiego Pułku (W) 21"
                int from = to;
                while (from > 0 && kind[from - 1] == 0) from--;
                bool numbered = false;
                while (to > from + 1 && IsPositionWord(text[tokens[to - 1]], ref numbered)) to--;
                if (from < to)
                {
                    numbersTried++;
                    if (numberAt < 0) (numberAt, streetFrom, streetTo) = (i, from, to);
                    var (r, at, rank) = FindStreet(input, tokens, from, to, !numbered, wanted, unwanted);
                    if (r is not null && rank > bestRank)
                    {
                        (numberAt, streetFrom, streetTo, resolution, bestRank) = (i, at, to, r, rank);
                        if (rank == BestRank) break;
                    }
                }
            }
            if (!char.IsAsciiDigit(t[0])) anyWord = true;
        }
        if (numberAt < 0)
            return Fail(anyWord ? AddressParseErrorCode.NoHouseNumber : AddressParseErrorCode.NoStreet);
        resolution ??= _register.Resolve(StreetWords(input, tokens, streetFrom, streetTo), wanted, unwanted);

        // House number, a detached letter ("7 a"), then an explicit flat.
        var notes = new List<string>(2);
        var numberText = text[tokens[numberAt]].TrimEnd(".,;:)");
        int next = numberAt + 1;
        string numberRaw = numberText.ToString();
        string? unit = null;
        if (next < count && kind[next] == 0 && IsDetachedLetter(text[tokens[next]]) && !char.IsAsciiLetter(numberText[^1]))
            numberRaw += text[tokens[next++]].ToString();
        if (!HouseNumber.TryParse(numberRaw, out var number))
        {
            // "9/Zatrasie", "14/U-1", "2C-G": the number, then a flat (when it has a digit) or ignored text.
            int cut = numberRaw.AsSpan().IndexOfAny('/', '-');
            if (cut <= 0 || !HouseNumber.TryParse(numberRaw.AsSpan(0, cut), out number))
                return Fail(AddressParseErrorCode.InvalidHouseNumber, numberRaw);
            var rest = numberRaw.AsSpan(cut + 1).Trim();
            if (rest.IndexOfAnyInRange('0', '9') >= 0) unit = rest.ToString();
            else if (!rest.IsEmpty) notes.Add("pominięto / ignored: " + rest.ToString());
            numberRaw = numberRaw[..cut];
        }

        if (unit is null && next < count && kind[next] == 0 && IsUnitWord(text[tokens[next]]))
        {
            next++;
            if (next + 1 < count && kind[next + 1] == 0 && IsNumberWord(text[tokens[next]])) next++; // "lokal nr U3"
            if (next < count && kind[next] == 0 && char.IsAsciiLetterOrDigit(text[tokens[next]][0]))
                unit = text[tokens[next++]].TrimEnd(".,;:)").ToString();
        }
        int firstIgnored = -1, lastIgnored = -1;
        for (int i = next; i < count; i++)
            if (kind[i] == 0)
            {
                if (firstIgnored < 0) firstIgnored = i;
                lastIgnored = i;
            }
        bool cutOff = count == MaxTokens && !input.AsSpan(tokens[^1].End.Value).IsWhiteSpace();
        if (firstIgnored >= 0 || cutOff)
        {
            int start = firstIgnored >= 0 ? tokens[firstIgnored].Start.Value : tokens[^1].End.Value;
            int end = cutOff ? input.Length : tokens[lastIgnored].End.Value;
            notes.Add("pominięto / ignored: " + input[start..end].Trim());
        }

        var slash = SlashReading.None;
        if (number.Second is { } second)
        {
            bool hyphen = numberRaw.Contains('-') || numberRaw.AsSpan().Count('/') > 1;
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

        var streetText = input[tokens[streetFrom].Start..tokens[streetTo - 1].End].TrimEnd(',', ' ');
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
                    StreetMatchKind.PartialName => 0.8,
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
    private const int BestRank = 3;

    /// <summary>
    /// The street named by tokens [<paramref name="from"/>, <paramref name="to"/>), or by its longest tail that names
    /// one, with where it starts and a rank: 3 the whole words, fully; 2 the whole words, by the surname alone; 1 a
    /// tail, fully; 0 a tail by the surname. Null when nothing is found (no near-miss search here).
    /// </summary>
    private (StreetResolution?, int, int) FindStreet(
        string input, ReadOnlySpan<Range> tokens, int from, int to, bool tails, string? wanted, string? unwanted)
    {
        var whole = _register.TryResolve(StreetWords(input, tokens, from, to), wanted, unwanted, out bool partial);
        if (whole is { Status: not StreetResolutionStatus.NotFound })
            return (whole, from, partial ? 2 : 3);
        (StreetResolution?, int, int) best = (null, -1, -1);
        if (!tails) return best; // "Biblioteka … nr 67": the number is not a house number
        for (int at = Math.Max(from + 1, to - MaxTailsTried); at < to; at++)
        {
            if (!char.IsLetter(input[tokens[at].Start]) && input[tokens[at].Start] is not ('(' or '"' or '\u201E')) continue;
            if (IsPartOfName(input.AsSpan()[tokens[at - 1]])) continue; // "Jana Kowalczyka" is not "Kowalczyka"
            var r = _register.TryResolve(StreetWords(input, tokens, at, to), wanted, unwanted, out partial);
            if (r is not { Status: not StreetResolutionStatus.NotFound }) continue;
            if (!partial) return (r, at, 1);
            // By the surname alone only after a street type ("Klubokawiarnia, ul. M. Anielewicza"): the dropped
            // words are then a description, not part of the name ("Batalionu AK Krybar" is not "Grupy AK Krybar").
            if (best.Item1 is null && IsStreetType(input.AsSpan()[tokens[at]])) best = (r, at, 0);
        }
        return best;
    }

    private static bool IsStreetType(ReadOnlySpan<char> token) =>
        StreetNameVocabulary.Types.ContainsKey(StreetNameNormalizer.Fold(token));

    /// <summary>A given name, initial or title, which belongs to the words after it.</summary>
    private static bool IsPartOfName(ReadOnlySpan<char> token)
    {
        var f = StreetNameNormalizer.Fold(token);
        return StreetNameVocabulary.GivenNames.Contains(f) || StreetNameVocabulary.IsAbbreviatedName(f) ||
               StreetNameVocabulary.Titles.ContainsKey(f);
    }

    /// <summary><c>r.</c>, <c>roku</c> after a number: a year (<c>Bitwy Warszawskiej 1920 r.</c>), not a house number.</summary>
    private static bool IsYearMark(ReadOnlySpan<char> t) =>
        t is "r." or "r" or "roku" or "R." || t.Equals("roku", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>1-go</c>, <c>11-ego</c>: an ordinal in a street name, not a house number.</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> t) =>
        t.EndsWith("-go", StringComparison.OrdinalIgnoreCase) || t.EndsWith("-ego", StringComparison.OrdinalIgnoreCase);

    private static string StreetWords(string input, ReadOnlySpan<Range> tokens, int from, int to) =>
        input[tokens[from].Start..tokens[to - 1].End].TrimEnd('.', ' ');

    private static AddressParseResult Fail(AddressParseErrorCode code, string? detail = null) =>
        new(null, AddressParseError.Of(code, detail));

    /// <summary>Splits on whitespace and commas; a dot followed by a digit also ends a token (<c>m.12</c>). Stops
    /// when <paramref name="tokens"/> is full (the rest is text after the address).</summary>
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
                    tokens[count++] = start..i;
                    if (count == tokens.Length) return count;
                    start = -1;
                }
                continue;
            }
            if (start < 0) start = i;
            if (c == '.' && i + 1 < input.Length && char.IsAsciiDigit(input[i + 1]))
            {
                tokens[count++] = start..(i + 1);
                if (count == tokens.Length) return count;
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

    private static bool IsNumberWord(ReadOnlySpan<char> t) =>
        t.TrimEnd('.') is var w && (w.Equals("nr", StringComparison.OrdinalIgnoreCase) || w.Equals("numer", StringComparison.OrdinalIgnoreCase));

    private static bool IsPositionWord(ReadOnlySpan<char> t, ref bool numbered)
    {
        t = t.TrimEnd(".,;:");
        foreach (var w in PositionWords)
            if (t.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                numbered |= w is "nr" or "numer";
                return true;
            }
        return false;
    }

    private static bool IsDetachedLetter(ReadOnlySpan<char> t) =>
        t.Length == 1 && char.IsLetter(t[0]) && char.ToLowerInvariant(t[0]) != 'm';
}
