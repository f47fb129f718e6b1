using System.Collections.Frozen;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// The address points of a dataset, held column-wise and grouped by street: each street (a distinct pair of official
/// street id and normalised street key) owns one contiguous run of points sorted by house number. A point costs about
/// 30 bytes plus its source id (positions as 1e-7° integers, numbers as 16-bit values, sources and street names shared),
/// so the country's ~8 million points fit in memory. Lookups are a dictionary probe and a binary search, never a scan.
/// Immutable and thread-safe: a new import builds a new gazetteer that replaces the old one atomically.
/// </summary>
public sealed class AddressGazetteer
{
    private const double Scale = 1e7;

    private readonly string?[] _streetIds;
    private readonly string[] _streetKeys;
    private readonly string[] _streetNames;
    private readonly int[] _streetStart;
    private readonly ushort[] _number;
    private readonly ushort[] _letter;
    private readonly ushort[] _second;
    private readonly ushort[] _secondLetter;
    private readonly int[] _lat;
    private readonly int[] _lon;
    private readonly int[] _postcode;
    private readonly ushort[] _source;
    private readonly string[] _sourceIds;
    private readonly byte[] _rawForm;
    private readonly FrozenDictionary<int, string> _rawText;
    private readonly AddressPointSource[] _sources;
    private readonly FrozenDictionary<string, int[]> _streetsByKey;
    private readonly FrozenDictionary<string, int[]> _streetsById;

    /// <summary>Builds the gazetteer from the points (any order).</summary>
    public AddressGazetteer(IEnumerable<AddressPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        list.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.StreetKey, b.StreetKey);
            if (c == 0) c = string.CompareOrdinal(a.StreetId, b.StreetId);
            if (c == 0) c = a.HouseNumber.CompareTo(b.HouseNumber);
            if (c == 0) c = AddressSources.Precedence(a.Source).CompareTo(AddressSources.Precedence(b.Source));
            if (c == 0) c = string.CompareOrdinal(a.SourceId, b.SourceId);
            return c;
        });
        int n = list.Count;
        Count = n;
        _number = new ushort[n];
        _letter = new ushort[n];
        _second = new ushort[n];
        _secondLetter = new ushort[n];
        _lat = new int[n];
        _lon = new int[n];
        _postcode = new int[n];
        _source = new ushort[n];
        _sourceIds = new string[n];
        _rawForm = new byte[n];
        var rawText = new Dictionary<int, string>();
        var sources = new List<AddressPointSource>();
        var sourceIndex = new Dictionary<AddressPointSource, ushort>();
        var ids = new List<string?>();
        var keys = new List<string>();
        var names = new List<string>();
        var starts = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var p = list[i];
            if (i == 0 || p.StreetKey != list[i - 1].StreetKey || p.StreetId != list[i - 1].StreetId)
            {
                starts.Add(i);
                ids.Add(p.StreetId);
                keys.Add(p.StreetKey);
                names.Add(p.StreetName);
            }
            _number[i] = (ushort)Math.Clamp(p.HouseNumber.Number, 0, ushort.MaxValue);
            _letter[i] = PackLetters(p.HouseNumber.Letter);
            _second[i] = p.HouseNumber.Second is { } s ? (ushort)Math.Clamp(s, 1, ushort.MaxValue) : (ushort)0;
            _secondLetter[i] = PackLetters(p.HouseNumber.SecondLetter);
            _lat[i] = (int)Math.Round(p.Latitude * Scale);
            _lon[i] = (int)Math.Round(p.Longitude * Scale);
            _postcode[i] = PackPostcode(p.Postcode);
            var src = new AddressPointSource(p.Source, p.Layer, p.SourceDate);
            if (!sourceIndex.TryGetValue(src, out var si))
            {
                if (sources.Count == ushort.MaxValue) throw new ArgumentException("More than 65,535 distinct point sources.", nameof(points));
                sourceIndex[src] = si = (ushort)sources.Count;
                sources.Add(src);
            }
            _source[i] = si;
            _sourceIds[i] = p.SourceId;
            // The number as the source wrote it: the canonical form (0), that in lower case (1, PRG's 9a), or kept aside.
            var canonical = p.HouseNumber.ToString();
            if (p.HouseNumberText == canonical) _rawForm[i] = 0;
            else if (p.HouseNumberText == canonical.ToLowerInvariant()) _rawForm[i] = 1;
            else
            {
                _rawForm[i] = 2;
                rawText[i] = p.HouseNumberText;
            }
        }
        starts.Add(n);
        _rawText = rawText.ToFrozenDictionary();
        _sources = [.. sources];
        _streetIds = [.. ids];
        _streetKeys = [.. keys];
        _streetNames = [.. names];
        _streetStart = [.. starts];
        _streetsByKey = Enumerable.Range(0, _streetKeys.Length).GroupBy(s => _streetKeys[s], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _streetsById = Enumerable.Range(0, _streetKeys.Length).Where(s => _streetIds[s] is not null).GroupBy(s => _streetIds[s]!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>An empty gazetteer.</summary>
    public static AddressGazetteer Empty { get; } = new([]);

    /// <summary>How many points the gazetteer holds.</summary>
    public int Count { get; }

    /// <summary>How many streets (distinct street id and key) the gazetteer holds.</summary>
    public int StreetCount => _streetKeys.Length;

    /// <summary>All points, materialised (for checks and tools that walk them; not for the request path).</summary>
    public IEnumerable<AddressPoint> Points
    {
        get
        {
            for (int s = 0; s < _streetKeys.Length; s++)
                for (int i = _streetStart[s]; i < _streetStart[s + 1]; i++)
                    yield return Materialise(s, i);
        }
    }

    /// <summary>True when some point lies on the street with this normalised key.</summary>
    public bool HasStreet(string streetKey) => _streetsByKey.ContainsKey(streetKey);

    /// <summary>The gazetteer streets (indexes) with this normalised key; empty when none.</summary>
    public IReadOnlyList<int> StreetsWithKey(string streetKey) => _streetsByKey.TryGetValue(streetKey, out var s) ? s : [];

    /// <summary>The gazetteer streets (indexes) with this official street id; empty when none.</summary>
    public IReadOnlyList<int> StreetsWithId(string streetId) => _streetsById.TryGetValue(streetId, out var s) ? s : [];

    /// <summary>The official id of gazetteer street <paramref name="street"/>, or null.</summary>
    public string? StreetIdOf(int street) => _streetIds[street];

    /// <summary>The normalised key of gazetteer street <paramref name="street"/>.</summary>
    public string StreetKeyOf(int street) => _streetKeys[street];

    /// <summary>The street name as the source gave it.</summary>
    public string StreetNameOf(int street) => _streetNames[street];

    /// <summary>The points of gazetteer street <paramref name="street"/>: the index range [start, end), sorted by number.</summary>
    public (int Start, int End) PointsOf(int street) => (_streetStart[street], _streetStart[street + 1]);

    /// <summary>The gazetteer street a point belongs to.</summary>
    public int StreetOfPoint(int point)
    {
        int lo = 0, hi = _streetKeys.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_streetStart[mid] <= point) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The numeric part of point <paramref name="point"/>'s house number.</summary>
    public int NumberAt(int point) => _number[point];

    /// <summary>True when point <paramref name="point"/>'s house number equals <paramref name="number"/> (numeric part,
    /// letter and second part; <c>12a</c> = <c>12A</c>).</summary>
    public bool SameNumber(int point, HouseNumber number) =>
        _number[point] == number.Number && _letter[point] == PackLetters(number.Letter) &&
        _second[point] == (number.Second is { } s ? s : 0);

    /// <summary>True when point <paramref name="point"/>'s house number has no letter and no second part.</summary>
    public bool IsPlainNumber(int point) => _letter[point] == 0 && _second[point] == 0;

    /// <summary>The house number of a point, canonical (<c>12A</c>, <c>15/19</c>).</summary>
    public string HouseNumberAt(int point) => Number(point).ToString();

    /// <summary>Latitude of a point, degrees.</summary>
    public double LatitudeAt(int point) => _lat[point] / Scale;

    /// <summary>Longitude of a point, degrees.</summary>
    public double LongitudeAt(int point) => _lon[point] / Scale;

    /// <summary>The postcode of a point (<c>01-627</c>), or null.</summary>
    public string? PostcodeAt(int point) => _postcode[point] < 0 ? null : $"{_postcode[point] / 1000:00}-{_postcode[point] % 1000:000}";

    /// <summary>Where a point comes from.</summary>
    public AddressPointSource SourceAt(int point) => _sources[_source[point]];

    /// <summary>
    /// The first point of <paramref name="street"/> with house number <paramref name="number"/> (sources in order of
    /// precedence), or -1. A double number (<c>7-9</c>, <c>12/14</c>) not found as such falls back to its first part.
    /// </summary>
    public int FindIn(int street, HouseNumber number)
    {
        var (start, end) = PointsOf(street);
        int at = LowerBound(start, end, number.Number);
        for (int i = at; i < end && _number[i] == number.Number; i++)
            if (SameNumber(i, number)) return i;
        if (number.Second is not null)
            for (int i = at; i < end && _number[i] == number.Number; i++)
                if (_letter[i] == PackLetters(number.Letter) && _second[i] == 0) return i;
        return -1;
    }

    /// <summary>The first index in [start, end) whose numeric part is at least <paramref name="number"/>.</summary>
    public int LowerBound(int start, int end, int number)
    {
        int lo = start, hi = end;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_number[mid] < number) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The points of an address: by street id first (when given and known), else by normalised street key. Empty when
    /// the gazetteer does not know the address.
    /// </summary>
    public IReadOnlyList<AddressPoint> Find(string streetKey, HouseNumber number, string? streetId = null)
    {
        var byId = streetId is null ? [] : FindByStreetId(streetId, number);
        return byId.Count > 0 ? byId : FindByStreetKey(streetKey, number);
    }

    /// <summary>The points of an address by official street id; empty when unknown.</summary>
    public IReadOnlyList<AddressPoint> FindByStreetId(string streetId, HouseNumber number) =>
        Collect(StreetsWithId(streetId), number);

    /// <summary>The points of an address by normalised street key; empty when unknown.</summary>
    public IReadOnlyList<AddressPoint> FindByStreetKey(string streetKey, HouseNumber number) =>
        Collect(StreetsWithKey(streetKey), number);

    /// <summary>Point <paramref name="point"/> of gazetteer street <paramref name="street"/> as a record.</summary>
    public AddressPoint Materialise(int street, int point)
    {
        var number = Number(point);
        var src = SourceAt(point);
        var raw = _rawForm[point] switch { 0 => number.Raw, 1 => number.Raw.ToLowerInvariant(), _ => _rawText[point] };
        return new AddressPoint(_streetIds[street], _streetNames[street], _streetKeys[street], raw, number with { Raw = raw }, PostcodeAt(point),
            LatitudeAt(point), LongitudeAt(point), src.Source, _sourceIds[point])
        {
            Layer = src.Layer,
            SourceDate = src.Date,
        };
    }

    private List<AddressPoint> Collect(IReadOnlyList<int> streets, HouseNumber number)
    {
        var result = new List<AddressPoint>();
        foreach (var s in streets)
        {
            var (start, end) = PointsOf(s);
            for (int i = LowerBound(start, end, number.Number); i < end && _number[i] == number.Number; i++)
                if (SameNumber(i, number)) result.Add(Materialise(s, i));
        }
        result.Sort((a, b) => AddressSources.Precedence(a.Source).CompareTo(AddressSources.Precedence(b.Source)));
        return result;
    }

    private HouseNumber Number(int point)
    {
        var letter = UnpackLetters(_letter[point]);
        int? second = _second[point] == 0 ? null : _second[point];
        var secondLetter = UnpackLetters(_secondLetter[point]);
        var h = new HouseNumber(_number[point], letter, second, secondLetter, "");
        return h with { Raw = h.ToString() };
    }

    private static ushort PackLetters(string? letters)
    {
        if (string.IsNullOrEmpty(letters)) return 0;
        int v = 0;
        foreach (var c in letters.AsSpan(0, Math.Min(3, letters.Length)))
            v = v * 27 + (char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) - 'A' + 1 : 26);
        return (ushort)v;
    }

    private static string UnpackLetters(ushort v)
    {
        if (v == 0) return "";
        Span<char> buf = stackalloc char[3];
        int n = 0;
        for (; v > 0; v /= 27) buf[n++] = (char)('A' + (v % 27) - 1);
        buf[..n].Reverse();
        return new string(buf[..n]);
    }

    private static int PackPostcode(string? postcode)
    {
        if (postcode is not { Length: 6 } p || p[2] != '-') return -1;
        int v = 0;
        foreach (var c in p.Remove(2, 1))
        {
            if (!char.IsAsciiDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
