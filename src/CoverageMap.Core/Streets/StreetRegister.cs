using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using CoverageMap.Core.Problems;

namespace CoverageMap.Core.Streets;

/// <summary>
/// The official list of Warsaw streets with name resolution and autocomplete. All indexes (normalised core →
/// streets, symmetric-delete fuzzy index, sorted word array for prefixes) are built once in the constructor and
/// never mutated: thread-safe and immutable. A new register replaces an old one as a whole.
/// </summary>
/// <remarks>
/// <para><see cref="Resolve"/> never guesses: when a core is shared by several streets (e.g. <c>Mickiewicza</c> in
/// Żoliborz and in Wesoła) it reports all of them as <see cref="StreetResolutionStatus.Ambiguous"/> unless a
/// district, a typed title or a specific street type (<c>al.</c>, <c>pl.</c>, <c>rondo</c>… but not the generic
/// <c>ul.</c>, which people put before anything) narrows them to one.</para>
/// <para><b>Surname alone.</b> When no street has the typed core, the last typed word is looked up among the last
/// words of the streets' cores (<c>Gojawiczyńskiej</c> → Poli Gojawiczyńskiej, <c>Tagore'a</c> → Rabindranatha
/// Tagore, <c>J. Ch. Paska</c> → Jana Chryzostoma Paska). A street fits when every other typed word, in order,
/// equals one of its words or is its initial, or — for a word the vocabulary does not know — stands where the
/// street has a given name (<c>Giordana Bruna</c> for Juliana Bruna, the register predating the renaming); the
/// street's words the query leaves out must be ones a person leaves out before a surname (given names, initials,
/// genitives such as <c>Poli</c>, <c>Mahatmy</c>, not a head such as <c>Wybrzeże</c>: <c>Gdyńskie</c> alone stays a
/// suggestion); a typed title must not contradict the street's. Several fitting streets are ambiguous, as always.
/// The match is <see cref="StreetMatchKind.PartialName"/>.</para>
/// <para><b>Pseudonyms and regnal numbers.</b> A name ending in a quoted pseudonym (<c>Generała Antoniego Chruściela
/// "Montera"</c>) is found with and without it when the rest names a person (has a given name or a title); a name of
/// two given names and a regnal number (<c>Jana Pawła II</c>) also without the number.</para>
/// </remarks>
public sealed class StreetRegister
{
    private readonly RegisteredStreet[] _streets;
    private readonly NormalizedStreetName[] _names;
    private readonly string[] _typeKeys;
    private readonly FrozenDictionary<string, int[]> _byKey;
    private readonly FrozenDictionary<string, LastWordEntry[]> _byLastWord;
    private readonly FrozenDictionary<string, RegisteredStreet> _byId;
    private readonly string[] _distinctKeys;
    private readonly FuzzyKeyIndex _fuzzy;
    private readonly string[] _words;        // sorted, ordinal
    private readonly int[] _wordStreet;       // street index of _words[i]
    private readonly bool[] _wordIsCore;      // _words[i] belongs to the street's key (not a title or given name)

    /// <summary>Builds the register and all its indexes.</summary>
    /// <exception cref="ArgumentException">Two streets share an id.</exception>
    public StreetRegister(IEnumerable<RegisteredStreet> streets)
    {
        ArgumentNullException.ThrowIfNull(streets);
        _streets = [.. streets];
        _names = new NormalizedStreetName[_streets.Length];
        _typeKeys = new string[_streets.Length];
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLastWord = new Dictionary<string, List<LastWordEntry>>(StringComparer.Ordinal);
        var byId = new Dictionary<string, RegisteredStreet>(StringComparer.Ordinal);
        var words = new List<(string Word, int Street, bool Core)>(_streets.Length * 3);

        for (int i = 0; i < _streets.Length; i++)
        {
            var s = _streets[i];
            if (!byId.TryAdd(s.Id, s)) throw new ArgumentException($"Duplicate street id '{s.Id}'.", nameof(streets));
            var n = StreetNameNormalizer.Normalize(s.FullName);
            _names[i] = n;
            _typeKeys[i] = StreetNameVocabulary.Types.GetValueOrDefault(StreetNameNormalizer.Fold(s.Type), s.Type);
            Add(byKey, n.Key, i);
            AddLastWord(byLastWord, n, i);
            if (WithoutPseudonym(s.FullName) is { } plain && StreetNameNormalizer.Normalize(plain) is var p &&
                p.Key.Length > 0 && p.Key != n.Key && (p.GivenNames.Count > 0 || p.Titles.Count > 0))
            {
                Add(byKey, p.Key, i);
                AddLastWord(byLastWord, p, i);
            }
            if (WithoutRegnalNumber(n.Key) is { } regnal) Add(byKey, regnal, i);

            var keyWords = n.Key.Split(' ');
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in StreetNameNormalizer.Fold(s.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (seen.Add(w)) words.Add((w, i, keyWords.Contains(w)));
            foreach (var w in keyWords)
                if (seen.Add(w)) words.Add((w, i, true)); // alias / abbreviation words
        }

        _byKey = byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byLastWord = byLastWord.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _distinctKeys = [.. byKey.Keys];
        _fuzzy = new FuzzyKeyIndex(_distinctKeys);

        words.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word) is var c && c != 0 ? c : a.Street.CompareTo(b.Street));
        _words = words.Select(w => w.Word).ToArray();
        _wordStreet = words.Select(w => w.Street).ToArray();
        _wordIsCore = words.Select(w => w.Core).ToArray();
    }

    /// <summary>All streets, in register order.</summary>
    public IReadOnlyList<RegisteredStreet> Streets => _streets;

    /// <summary>The street with this id, or null.</summary>
    public RegisteredStreet? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Resolves a street name (any form: <c>ul. gen. J. Zajączka</c>, <c>Trasy AK</c>, <c>zajaczka</c>) to the
    /// register. Unique, Ambiguous (every candidate, none chosen) or NotFound with near misses (edit distance on the
    /// normalised key: 0 up to 3 characters, 1 up to 7, 2 beyond; plus streets whose last core word is the query).
    /// </summary>
    /// <param name="name">The name as typed or written.</param>
    /// <param name="district">Optional district that narrows several candidates (ignored if it would leave none).</param>
    /// <param name="notInDistrict">Optional district whose streets are dropped from several candidates (ignored if it
    /// would leave none); the address parser uses it for Wesoła, which has its own postcodes.</param>
    public StreetResolution Resolve(string name, string? district = null, string? notInDistrict = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var q = StreetNameNormalizer.Normalize(name);
        return ResolveNormalized(q, name, district, notInDistrict, out _) ?? NotFound(Suggestions(q.Key));
    }

    /// <summary>As <see cref="Resolve(string, string?, string?)"/>, but null instead of a NotFound that would need the
    /// (costly) near-miss search: for callers that try several readings of one text. <paramref name="partialName"/>
    /// says the candidates (one or several) were found by the surname alone.</summary>
    internal StreetResolution? TryResolve(string name, string? district, string? notInDistrict, out bool partialName)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ResolveNormalized(StreetNameNormalizer.Normalize(name), name, district, notInDistrict, out partialName);
    }

    private StreetResolution? ResolveNormalized(NormalizedStreetName q, string name, string? district, string? notInDistrict, out bool partialName)
    {
        partialName = false;
        if (q.Key.Length == 0) return NotFound([]);

        int[]? ids = null;
        var match = StreetMatchKind.Exact;
        if (!_byKey.TryGetValue(q.Key, out ids))
        {
            foreach (var v in q.Variants)
                if (_byKey.TryGetValue(v, out ids))
                {
                    match = StreetMatchKind.Inflected;
                    break;
                }
        }
        List<int> fits;
        if (ids is null)
        {
            fits = BySurname(q);
            if (fits.Count == 0) return null;
            match = StreetMatchKind.PartialName;
            partialName = true;
        }
        else
        {
            fits = new List<int>(ids.Length);
            foreach (var i in ids)
                if (StreetNameNormalizer.GivenNamesCompatible(q.GivenNames, _names[i].GivenNames)) fits.Add(i);
            if (fits.Count == 0) return NotFound([.. ids.Select(i => new StreetSuggestion(_streets[i], 0))]);
        }

        if (q.Titles.Count > 0) Narrow(fits, i => SameTitle(q.Titles, _names[i].Titles));
        if (q.Type is not null and not "ulica") Narrow(fits, i => _typeKeys[i] == q.Type);
        if (district is not null) Narrow(fits, i => _streets[i].InDistrict(district));
        if (notInDistrict is not null) Narrow(fits, i => !_streets[i].InDistrict(notInDistrict));

        if (fits.Count > 1)
            return new StreetResolution(StreetResolutionStatus.Ambiguous, [.. fits.Select(i => _streets[i])], [], StreetMatchKind.Ambiguous);

        var street = _streets[fits[0]];
        if (match == StreetMatchKind.Exact && !StreetNameNormalizer.HasDiacritics(name) && StreetNameNormalizer.HasDiacritics(street.FullName))
            match = StreetMatchKind.DiacriticFree;
        return new StreetResolution(StreetResolutionStatus.Unique, [street], [], match);
    }

    /// <summary>
    /// Autocomplete: streets with a word starting with the last typed word (diacritics optional), whose other typed
    /// words also start words of the street, and whose type fits when a specific type is typed (<c>pl. wil</c>).
    /// Ranked: core equal to the input, then core starting with it, then a core word, then a given name or title;
    /// within each, streets carrying a typed title (<c>gen. zaj</c>) first; then shorter names; then alphabetically.
    /// </summary>
    public IReadOnlyList<RegisteredStreet> Suggest(string prefix, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (limit <= 0) return [];
        var q = StreetNameNormalizer.Normalize(prefix);
        if (q.Key.Length == 0) return [];
        var typed = q.Key.Split(' ');
        var last = typed[^1];

        var best = new Dictionary<int, int>();
        int lo = LowerBound(last);
        for (int at = lo; at < _words.Length && _words[at].StartsWith(last, StringComparison.Ordinal); at++)
        {
            int i = _wordStreet[at];
            if (q.Type is not null and not "ulica" && _typeKeys[i] != q.Type) continue;
            if (typed.Length > 1 && !OtherWordsFit(typed, i)) continue;
            var key = _names[i].Key;
            int rank = key == q.Key ? 0
                : key.StartsWith(q.Key, StringComparison.Ordinal) ? 1
                : _wordIsCore[at] ? 2 : 3;
            rank = rank * 2 + (q.Titles.Count == 0 || SameTitle(q.Titles, _names[i].Titles) ? 0 : 1);
            if (!best.TryGetValue(i, out var r) || rank < r) best[i] = rank;
        }

        return [.. best
            .OrderBy(kv => kv.Value)
            .ThenBy(kv => _names[kv.Key].Key.Length)
            .ThenBy(kv => _streets[kv.Key].FullName, StringComparer.Ordinal)
            .ThenBy(kv => _streets[kv.Key].Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(kv => _streets[kv.Key])];
    }

    /// <summary>
    /// Parses the register: <paramref name="streetsTxt"/> with lines <c>Type Full Name/District,…/MSI area,…</c>
    /// (a <c>(Wesoła)</c> suffix on the name marks Wesoła's streets and is dropped from the name), and optionally
    /// the TERYT CSV <c>simc,ulic,short,full</c> that gives ids and short names.
    /// </summary>
    /// <param name="streetsTxt">The lines of <c>streets.txt</c>.</param>
    /// <param name="terytCsv">The TERYT CSV, or null to derive ids and short names.</param>
    /// <param name="streetsTxtName">Names <paramref name="streetsTxt"/> in a fault.</param>
    /// <param name="terytCsvName">Names <paramref name="terytCsv"/> in a fault.</param>
    /// <exception cref="InputProblemException">A line of streets.txt does not have three <c>/</c>-separated parts
    /// (<see cref="InputProblem.StreetsTxtParts"/>) or no type word (<see cref="InputProblem.StreetsTxtNoType"/>), or a
    /// line of the TERYT CSV does not have four fields (<see cref="InputProblem.TerytCsvFields"/>).</exception>
    public static StreetRegister Parse(TextReader streetsTxt, TextReader? terytCsv = null,
        string streetsTxtName = "streets.txt", string terytCsvName = "teryt-short-to-full-names.csv")
    {
        ArgumentNullException.ThrowIfNull(streetsTxt);
        var teryt = terytCsv is null ? new Dictionary<string, (string Ulic, string Short)>() : ReadTeryt(terytCsv, terytCsvName);
        var usedTeryt = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var streets = new List<RegisteredStreet>(5300);
        int lineNo = 0;
        while (streetsTxt.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('/');
            if (parts.Length != 3) throw new InputProblemException(InputProblem.StreetsTxtParts, streetsTxtName, Number(lineNo), line);
            var typeAndName = parts[0].Trim();
            bool wesola = false;
            int paren = typeAndName.IndexOf('(');
            if (paren > 0)
            {
                wesola = typeAndName[paren..].Contains("Wesoła", StringComparison.Ordinal);
                typeAndName = typeAndName[..paren].TrimEnd();
            }
            int space = typeAndName.IndexOf(' ');
            if (space <= 0) throw new InputProblemException(InputProblem.StreetsTxtNoType, streetsTxtName, Number(lineNo), parts[0].Trim());
            var type = typeAndName[..space].ToLowerInvariant();
            var fullName = typeAndName[(space + 1)..].Trim();

            string? ulic = null, shortName = null;
            if (!wesola && (teryt.TryGetValue(StreetNameNormalizer.Fold(fullName), out var t) ||
                            teryt.TryGetValue(StreetNameNormalizer.Fold(typeAndName), out t)) && usedTeryt.Add(t.Ulic))
                (ulic, shortName) = (t.Ulic, string.IsNullOrWhiteSpace(t.Short) ? null : t.Short);

            // A street without a TERYT id gets a stable id from its type, name and (for namesakes) districts, never from
            // its place in the file.
            var id = ulic ?? Slug(typeAndName + (wesola ? " wesola" : ""));
            if (!ids.Add(id))
            {
                var baseId = ulic ?? Slug(typeAndName + " " + (wesola ? "wesola" : parts[1].Replace(',', ' ')));
                id = baseId;
                for (int k = 2; !ids.Add(id); k++) id = baseId + "-" + k;
            }

            streets.Add(new RegisteredStreet(
                id, type, fullName, shortName ?? DeriveShortName(fullName),
                SplitList(parts[1]), SplitList(parts[2])));
        }
        return new StreetRegister(streets);
    }

    /// <summary>
    /// A short name in the style of TERYT's, without given names: ranks abbreviated, given names dropped where the
    /// normaliser drops them (<c>Generała Józefa Zajączka</c> → <c>gen. Zajączka</c>, <c>Adama Mickiewicza</c> →
    /// <c>Mickiewicza</c>).
    /// </summary>
    public static string DeriveShortName(string fullName)
    {
        var n = StreetNameNormalizer.Normalize(fullName);
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(fullName.Length);
        int w = 0;
        for (; w < words.Length - 1 && StreetNameVocabulary.Titles.TryGetValue(StreetNameNormalizer.Fold(words[w]), out var abbr); w++)
            sb.Append(abbr).Append(' ');
        if (n.GivenNames.Count > 0)
        {
            int skipped = 0;
            while (w < words.Length - 1 && skipped < n.GivenNames.Count)
            {
                var f = StreetNameNormalizer.Fold(words[w]);
                if (!StreetNameVocabulary.GivenNames.Contains(f) && !StreetNameVocabulary.IsAbbreviatedName(f) && !StreetNameVocabulary.IsRomanNumeral(f)) break;
                if (!StreetNameVocabulary.IsRomanNumeral(f)) skipped++;
                w++;
            }
            while (w < words.Length - 1 && StreetNameVocabulary.IsRomanNumeral(StreetNameNormalizer.Fold(words[w]))) w++;
        }
        sb.AppendJoin(' ', words[w..]);
        return sb.ToString();
    }

    /// <summary>Streets whose last core word is the query's last word and whose other words fit the typed ones (see
    /// the remarks).</summary>
    private List<int> BySurname(NormalizedStreetName q)
    {
        var fits = new List<int>(2);
        foreach (var key in q.KeysToTry())
        {
            int space = key.LastIndexOf(' ');
            if (key.Length - space - 1 < 3 || !_byLastWord.TryGetValue(space < 0 ? key : key[(space + 1)..], out var entries)) continue;
            string[] typed = space < 0 ? [.. q.GivenNames] : [.. q.GivenNames, .. key[..space].Split(' ')];
            foreach (var e in entries)
            {
                if (fits.Contains(e.Street) || !Fits(typed, 0, e.Lead, 0, e.GivenNames, this)) continue;
                if (q.Titles.Count > 0 && _names[e.Street].Titles.Count > 0 && !SameTitle(q.Titles, _names[e.Street].Titles)) continue;
                fits.Add(e.Street);
            }
            if (fits.Count > 0) break;
        }
        return fits;
    }

    /// <summary>True when the typed words from <paramref name="t"/> on fit the street's words from <paramref name="s"/>
    /// on: each typed word is the same name as a street word or stands, unknown, for one of its given names (the
    /// first <paramref name="givenNames"/>); street words left out must be omissible.</summary>
    private static bool Fits(string[] typed, int t, string[] street, int s, int givenNames, StreetRegister register)
    {
        if (t == typed.Length)
        {
            for (; s < street.Length; s++)
                if (!StreetNameVocabulary.IsOmissibleBeforeSurname(street[s])) return false;
            return true;
        }
        if (s == street.Length) return false;
        if (StreetNameNormalizer.SameName(typed[t], street[s]) && Fits(typed, t + 1, street, s + 1, givenNames, register)) return true;
        if (s < givenNames && register.IsUnknownWord(typed[t]) && Fits(typed, t + 1, street, s + 1, givenNames, register)) return true;
        return StreetNameVocabulary.IsOmissibleBeforeSurname(street[s]) && Fits(typed, t, street, s + 1, givenNames, register);
    }

    /// <summary>A word that may be a given name the vocabulary lacks: a word of three letters or more that is no
    /// known given name, numeral, title or street name (<c>Sarmacka/Klimczaka</c> names two streets).</summary>
    private bool IsUnknownWord(string word) =>
        word.Length >= 3 && char.IsLetter(word[0]) && !StreetNameVocabulary.GivenNames.Contains(word) &&
        !StreetNameVocabulary.IsRomanNumeral(word) && !StreetNameVocabulary.Titles.ContainsKey(word) &&
        !_byKey.ContainsKey(word) && !_byLastWord.ContainsKey(word);

    private static void AddLastWord(Dictionary<string, List<LastWordEntry>> index, NormalizedStreetName n, int street)
    {
        var words = n.Key.Split(' ');
        if (!index.TryGetValue(words[^1], out var list)) index[words[^1]] = list = [];
        list.Add(new LastWordEntry(street, [.. n.GivenNames, .. words[..^1]], n.GivenNames.Count));
    }

    /// <summary><c>Generała Antoniego Chruściela "Montera"</c> → <c>Generała Antoniego Chruściela</c>; null when the
    /// name has no quoted part after its first word.</summary>
    private static string? WithoutPseudonym(string fullName)
    {
        int quote = fullName.AsSpan().IndexOfAny('"', '\u201E', '\u201D');
        return quote > 0 ? fullName[..quote].TrimEnd() : null;
    }

    /// <summary><c>jana pawla ii</c> → <c>jana pawla</c>: a name of given names and a regnal number is also found
    /// without the number (<c>al. Jana Pawła 78</c>); null for any other key.</summary>
    private static string? WithoutRegnalNumber(string key)
    {
        var words = key.Split(' ');
        if (words.Length < 3 || !StreetNameVocabulary.IsRomanNumeral(words[^1])) return null;
        foreach (var w in words.AsSpan(0, words.Length - 1))
            if (!StreetNameVocabulary.GivenNames.Contains(w)) return null;
        return string.Join(' ', words, 0, words.Length - 1);
    }

    /// <summary>One street under the last word of one of its cores, with the words before it (given names first).</summary>
    private readonly record struct LastWordEntry(int Street, string[] Lead, int GivenNames);

    private StreetResolution NotFound(IReadOnlyList<StreetSuggestion> suggestions) =>
        new(StreetResolutionStatus.NotFound, [], suggestions, StreetMatchKind.NotFound);

    private List<StreetSuggestion> Suggestions(string key)
    {
        var result = new List<StreetSuggestion>();
        var seen = new HashSet<int>();
        foreach (var (keyIndex, distance) in _fuzzy.Find(key, FuzzyKeyIndex.AllowedDistance(key.Length))
                     .OrderBy(f => f.Distance).ThenBy(f => _distinctKeys[f.KeyIndex], StringComparer.Ordinal))
            foreach (var i in _byKey[_distinctKeys[keyIndex]])
                if (seen.Add(i)) result.Add(new StreetSuggestion(_streets[i], distance));
        if (_byLastWord.TryGetValue(key, out var byLast))
            foreach (var e in byLast)
                if (seen.Add(e.Street)) result.Add(new StreetSuggestion(_streets[e.Street], StreetSuggestion.LastWordOnly));
        return result;
    }

    private static bool SameTitle(IReadOnlyList<string> typed, IReadOnlyList<string> street)
    {
        foreach (var t in typed)
            foreach (var u in street)
                if (StreetNameVocabulary.Titles[t] == StreetNameVocabulary.Titles[u]) return true;
        return false;
    }

    private bool OtherWordsFit(string[] typed, int street)
    {
        var words = StreetNameNormalizer.Fold(_streets[street].FullName).Split(' ');
        for (int t = 0; t < typed.Length - 1; t++)
            if (!words.Any(w => w.StartsWith(typed[t], StringComparison.Ordinal))) return false;
        return true;
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_words[mid], prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static void Narrow(List<int> fits, Func<int, bool> keep)
    {
        if (fits.Count < 2) return;
        var kept = fits.Where(keep).ToList();
        if (kept.Count == 0) return;
        fits.Clear();
        fits.AddRange(kept);
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }

    private static string[] SplitList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Slug(string text) => StreetNameNormalizer.Fold(text).Replace(' ', '-');

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, (string Ulic, string Short)> ReadTeryt(TextReader csv, string name)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        int lineNo = 0;
        while (csv.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = SplitCsv(line);
            if (fields.Count != 4) throw new InputProblemException(InputProblem.TerytCsvFields, name, Number(lineNo), Number(fields.Count));
            if (!char.IsAsciiDigit(fields[1].FirstOrDefault())) continue; // header
            map.TryAdd(StreetNameNormalizer.Fold(fields[3]), (fields[1], fields[2])); // first row wins
        }
        return map;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>(4);
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
