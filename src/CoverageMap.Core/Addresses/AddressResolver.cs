using System.Collections.Frozen;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// Answers which partnership serves an address, by a ladder of evidence from the most to the least direct, each answer
/// with its <see cref="AnswerBasis"/> and its <see cref="Certainty"/>:
/// a street rule; (a) the building's own address point; then the register's districts (a street in no district a
/// partnership serves is in no area); (b) interpolation between the nearest known numbers of the same parity (the same
/// side) when both lie in the same area or both outside; (c) every known point and line of the street in one area;
/// (d) the side and the stretch: the known points near the number on its side of the street, or the nearest numbers on
/// a street that touches areas on different stretches; (e) the street network's lines; (f) the registry: a street named
/// in a partnership's boundary is reported as bounding it even where the geometry misses it; (g) nothing definite, and
/// what would settle it. An answer never claims more certainty than its basis.
/// Immutable and thread-safe; every per-dataset index (each address point located once, each street's points in
/// number order, the registry's bounding streets) is built in the constructor, off the request path.
/// </summary>
/// <remarks>
/// <para><b>Same-named streets.</b> A name several register streets share is chosen by the postcode (the gazetteer's
/// points of each namesake), else by the district; when exactly one namesake lies in a district some partnership serves,
/// it is assumed and the answer says so (<see cref="AddressResolution.AssumedNamesake"/>) and lists the others; otherwise
/// every namesake is listed with its own answer. Address points without a street id on a shared name are attributed to a
/// namesake by geography: the nearest namesake whose points carry an id (within 1 km and clearly nearer than the others),
/// else the Wesoła postcodes, else the district of a partnership area the point lies in or near; unattributed points are
/// not used.</para>
/// <para><b>Certainty.</b> An address point is taken to be within 25 m of the building; an interpolated house within
/// half the distance between its neighbours. The level compares that with the distance to the nearest area border and
/// that border's own estimated accuracy (the areas' provenance), see <see cref="Certainty.For"/>.</para>
/// </remarks>
public sealed class AddressResolver
{
    /// <summary>How far an address point may lie from its building (entrances, facility points), metres.</summary>
    public const double PointMetres = 25;

    private const int NearNumbers = 6;
    private const double AttributionMetres = 1000;
    private const double NearAreaMetres = 150;

    private readonly StreetRegister _register;
    private readonly AddressParser _parser;
    private readonly StreetRuleSet _rules;
    private readonly AddressGazetteer _gazetteer;
    private readonly AreaIndex _areas;
    private readonly StreetAreaCoverage _streets;
    private readonly string[] _areaIds;
    private readonly double[] _areaAccuracy;
    private readonly double _maxAccuracy;
    private readonly FrozenDictionary<string, int> _areaIndex;
    private readonly sbyte[] _pointArea;
    private readonly float[] _pointBorder;
    private readonly FrozenDictionary<string, int[]> _streetPoints;
    private readonly FrozenDictionary<string, string[]> _boundedBy;
    private readonly FrozenDictionary<string, RegisteredStreet[]> _namesakes;
    private readonly FrozenSet<string> _servedDistricts;
    private readonly FrozenDictionary<string, string> _districtOf;
    private readonly FrozenDictionary<string, string> _msiArea;
    private readonly FrozenSet<string> _unservedStreets;
    private readonly FrozenDictionary<string, string> _keyOf;

    /// <summary>Creates a resolver over indexes built elsewhere and builds its own per-dataset indexes.</summary>
    /// <param name="register">The official street register.</param>
    /// <param name="rules">Street rules.</param>
    /// <param name="gazetteer">Address points.</param>
    /// <param name="areas">Point → areas (the lookup's index; its boundary rule applies to address points).</param>
    /// <param name="streets">Street lines → areas.</param>
    /// <param name="dataset">The dataset the areas come from: partnerships (districts, bounding streets) and the
    /// areas' accuracy; null: no registry rung and every border taken as exact.</param>
    public AddressResolver(StreetRegister register, StreetRuleSet rules, AddressGazetteer gazetteer, AreaIndex areas, StreetAreaCoverage streets,
        Dataset? dataset = null)
    {
        _register = register ?? throw new ArgumentNullException(nameof(register));
        _parser = new AddressParser(register);
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _areas = areas ?? throw new ArgumentNullException(nameof(areas));
        _streets = streets ?? throw new ArgumentNullException(nameof(streets));

        var areaList = dataset?.Areas ?? [];
        _areaIds = areaList.Select(a => a.PartnershipId).Distinct(StringComparer.Ordinal).ToArray();
        _areaIndex = _areaIds.Select((id, i) => (id, i)).ToFrozenDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        _areaAccuracy = _areaIds.Select(id => areaList.Where(a => a.PartnershipId == id).Max(a => a.Provenance.EstimatedAccuracyMetres)).ToArray();
        _maxAccuracy = _areaAccuracy.Length > 0 ? _areaAccuracy.Max() : 0;
        var partnerships = dataset?.Partnerships ?? [];
        var districtOf = partnerships.ToFrozenDictionary(p => p.Id, p => p.District, StringComparer.Ordinal);
        _districtOf = districtOf;
        // Partnerships whose area is built from the city's MSI neighbourhood definition: folded MSI name → partnership.
        _msiArea = partnerships.Where(p => p.Boundary.Basis == "msi" && _areaIndex.ContainsKey(p.Id))
            .SelectMany(p => p.Neighbourhoods.Select(n => (Key: StreetNameNormalizer.Fold(n), p.Id)))
            .GroupBy(x => x.Key).Where(g => g.Count() == 1).ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        _servedDistricts = partnerships.Where(p => _areaIndex.ContainsKey(p.Id)).Select(p => StreetNameNormalizer.Fold(p.District)).ToFrozenSet(StringComparer.Ordinal);

        _keyOf = register.Streets.ToFrozenDictionary(st => st.Id, st => StreetNameNormalizer.Normalize(st.FullName).Key, StringComparer.Ordinal);
        _namesakes = register.Streets.GroupBy(s => StreetNameNormalizer.Normalize(s.FullName).Key)
            .Where(g => g.Count() > 1).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        // (1) every address point located once.
        int n = gazetteer.Count;
        _pointArea = new sbyte[n];
        _pointBorder = new float[n];
        for (int s = 0; s < gazetteer.StreetCount; s++)
        {
            var (start, end) = gazetteer.PointsOf(s);
            for (int i = start; i < end; i++) Locate(i);
        }

        // (2) every register street's points, in number order.
        var byStreet = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string reference, int start, int end)
        {
            if (!byStreet.TryGetValue(reference, out var list)) byStreet[reference] = list = [];
            for (int i = start; i < end; i++) list.Add(i);
        }
        for (int s = 0; s < gazetteer.StreetCount; s++)
        {
            var (start, end) = gazetteer.PointsOf(s);
            var key = gazetteer.StreetKeyOf(s);
            if (gazetteer.StreetIdOf(s) is { } sid && register.Find(sid) is not null) { Add(sid, start, end); continue; }
            var named = register.Streets.Count == 0 ? [] : NamesakesOf(key);
            if (named.Count == 1) Add(named[0].Id, start, end);
            else if (named.Count == 0) Add(KeyRef(key), start, end);
            else
                for (int i = start; i < end; i++)
                    if (Attribute(i, named, districtOf) is { } owner) Add(owner.Id, i, i + 1);
        }
        _streetPoints = byStreet.ToFrozenDictionary(kv => kv.Key, kv =>
        {
            var arr = kv.Value.ToArray();
            Array.Sort(arr, (a, b) => gazetteer.NumberAt(a) != gazetteer.NumberAt(b) ? gazetteer.NumberAt(a).CompareTo(gazetteer.NumberAt(b)) : a.CompareTo(b));
            return arr;
        }, StringComparer.Ordinal);

        // (3) the registry's bounding streets.
        var bounded = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in partnerships)
            foreach (var b in p.Boundary.Streets)
            {
                var r = register.Resolve(b.Name, p.District);
                if (r.Street is not { } street) continue;
                if (!bounded.TryGetValue(street.Id, out var list)) bounded[street.Id] = list = [];
                if (!list.Contains(p.Id)) list.Add(p.Id);
            }
        _boundedBy = bounded.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        // Register streets in no district a partnership serves (and bounding none): in no area, whatever the number.
        _unservedStreets = register.Streets.Where(st => !st.Districts.Any(d => _servedDistricts.Contains(StreetNameNormalizer.Fold(d))) && !_boundedBy.ContainsKey(st.Id))
            .Select(st => st.Id).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Parses and resolves an address as a person types it (<c>ul. Słowackiego 12A, 01-627 Warszawa</c>);
    /// a street without a number (<c>Słowackiego</c>) gets a street-level answer.</summary>
    /// <param name="text">The address.</param>
    /// <param name="district">Optional district that narrows a street name shared by several districts.</param>
    public AddressResolution Resolve(string text, string? district = null) => ResolveLeavingOut(text, district, null);

    /// <summary>As <see cref="Resolve(string, string?)"/>, leaving out the gazetteer points <paramref name="leaveOut"/>
    /// accepts (by point index): the leave-one-out evaluation asks for a point's address without its own point.</summary>
    public AddressResolution ResolveLeavingOut(string text, string? district, Func<int, bool>? leaveOut)
    {
        text ??= "";
        var parsed = _parser.Parse(text, district);
        if (parsed.Address is { } address) return Resolve(address, leaveOut);
        if (parsed.Error!.Code == AddressParseErrorCode.NoHouseNumber) return ResolveStreet(text, district, leaveOut);
        return Fail(AddressResolutionStatus.Unparseable, AnswerNote.Unparseable, text, null, [parsed.Error.Code.ToString()]);
    }

    /// <summary>Resolves a street and a house number given separately (the <c>ulica</c> + <c>numer</c> columns).</summary>
    public AddressResolution Resolve(string street, string? houseNumber, string? district)
    {
        if (string.IsNullOrWhiteSpace(street)) return Fail(AddressResolutionStatus.Unparseable, AnswerNote.Unparseable, street ?? "", houseNumber, ["Empty"]);
        return string.IsNullOrWhiteSpace(houseNumber) ? ResolveStreet(street, district, null) : Resolve(street.Trim() + " " + houseNumber.Trim(), district);
    }

    /// <summary>Resolves an address the parser has taken apart.</summary>
    public AddressResolution Resolve(ParsedAddress address, Func<int, bool>? leaveOut = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Street is { } street) return Place(street, Key(street), street.FullName, address.HouseNumber, leaveOut);
        if (address.Match == StreetMatchKind.Ambiguous && address.Alternatives.Count > 1)
            return Namesakes(address.StreetText, address.Alternatives, address.HouseNumber, address.Postcode, leaveOut);
        return Unresolved(address.StreetText, address.Alternatives, address.HouseNumber, leaveOut);
    }

    private AddressResolution ResolveStreet(string text, string? district, Func<int, bool>? leaveOut)
    {
        var written = text.Trim().TrimEnd(',', '.').Trim();
        var r = _register.Resolve(written, district);
        if (r.Street is { } street) return Place(street, Key(street), street.FullName, null, leaveOut);
        if (r.Status == StreetResolutionStatus.Ambiguous) return Namesakes(written, r.Candidates, null, null, leaveOut);
        return Unresolved(written, r.Suggestions.Select(s => s.Street).ToList(), null, leaveOut);
    }

    private AddressResolution Namesakes(string written, IReadOnlyList<RegisteredStreet> candidates, HouseNumber? number, string? postcode, Func<int, bool>? leaveOut)
    {
        // The postcode: the one namesake whose known points carry it.
        if (postcode is not null)
        {
            var withCode = candidates.Where(c => PointsOf(c.Id).Any(p => _gazetteer.PostcodeAt(p) == postcode)).ToList();
            if (withCode.Count == 1) return Place(withCode[0], Key(withCode[0]), withCode[0].FullName, number, leaveOut);
        }
        var served = candidates.Where(c => c.Districts.Any(d => _servedDistricts.Contains(StreetNameNormalizer.Fold(d)))).ToList();
        if (served.Count == 1)
        {
            var chosen = Place(served[0], Key(served[0]), served[0].FullName, number, leaveOut);
            return chosen with
            {
                AssumedNamesake = true,
                Alternatives = candidates.Where(c => !ReferenceEquals(c, served[0])).Select(c => new StreetAlternative(c.Id, c.OfficialName, c.Districts)).ToList(),
            };
        }
        var alternatives = candidates.Select(c => new StreetAlternative(c.Id, c.OfficialName, c.Districts, Place(c, Key(c), c.FullName, number, leaveOut))).ToList();
        // Whichever street it is, the answer is the same (e.g. every namesake in a district no partnership serves): say it.
        if (alternatives.All(a => a.Answer!.Status == AddressResolutionStatus.NoPartnership))
            return alternatives[0].Answer! with
            {
                Street = written, StreetId = null, StreetDistricts = [],
                Alternatives = alternatives.Select(a => a with { Answer = null }).ToList(),
                Certainty = alternatives.Select(a => a.Answer!.Certainty).MaxBy(c => c.Level)!,
                Evidence = alternatives[0].Answer!.Note == AnswerNote.OtherDistrict
                    ? [string.Join(", ", alternatives.SelectMany(a => a.Districts).Distinct(StringComparer.Ordinal))]
                    : alternatives[0].Answer!.Evidence,
            };
        return new AddressResolution(AddressResolutionStatus.AmbiguousStreet, AnswerBasis.None, Certainty.None, written, null, [], number?.ToString(), [], false,
            null, null, alternatives, false, [], AnswerNote.AmbiguousStreet, [alternatives.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            [SettleHint.District, SettleHint.Postcode]);
    }

    private AddressResolution Unresolved(string written, IReadOnlyList<RegisteredStreet> suggestions, HouseNumber? number, Func<int, bool>? leaveOut)
    {
        // Not in the register: a street the gazetteer, the rules or the network know under the same key still counts.
        var key = StreetNameNormalizer.Normalize(written).Key;
        if (key.Length > 0 && (_streets.Find(key) is not null || _gazetteer.HasStreet(key) || _rules.ForStreetKey(key).Count > 0))
            return Place(null, key, written, number, leaveOut);
        var alt = suggestions.Take(5).Select(c => new StreetAlternative(c.Id, c.OfficialName, c.Districts)).ToList();
        return new AddressResolution(AddressResolutionStatus.StreetNotFound, AnswerBasis.None, Certainty.None, written, null, [], number?.ToString(), [], false,
            null, null, alt, false, [], AnswerNote.StreetNotFound, [], []);
    }

    private AddressResolution Place(RegisteredStreet? street, string key, string name, HouseNumber? number, Func<int, bool>? leaveOut)
    {
        var id = street?.Id;
        var points = street is null ? PointsOfKey(key) : PointsOf(street.Id);
        var lines = LinesOf(street, key);
        var hn = number?.ToString();
        AddressResolution Answer(AddressResolutionStatus status, AnswerBasis basis, Certainty certainty, IReadOnlyList<AreaHit> hits, AnswerNote note,
            IReadOnlyList<string> evidence, bool outside = false, double? lat = null, double? lon = null, IReadOnlyList<SettleHint>? settle = null, IReadOnlyList<string>? rules = null) =>
            new(status, basis, certainty, name, id, street?.Districts ?? [], hn, hits, outside, lat, lon, [], false, rules ?? [], note, evidence, settle ?? []);

        if (number is { } num)
        {
            // A street rule names the address.
            var ruled = _rules.EvaluateKey(key, num, id);
            if (ruled.Count > 0)
            {
                var ids = ruled.Select(r => r.PartnershipId).Distinct().ToList();
                var ruleIds = ruled.Select(r => r.Id).ToList();
                return ids.Count == 1
                    ? Answer(AddressResolutionStatus.Resolved, AnswerBasis.StreetRule, new Certainty(CertaintyLevel.High, 0), [new AreaHit(ids[0], AreaRelation.Inside)], AnswerNote.Rule, ruleIds, rules: ruleIds)
                    : Answer(AddressResolutionStatus.ConflictingRules, AnswerBasis.StreetRule, new Certainty(CertaintyLevel.Low, 0), ids.Select(p => new AreaHit(p, AreaRelation.Inside)).ToList(), AnswerNote.RulesConflict, ruleIds, rules: ruleIds);
            }

            // (a) the building's own address point.
            int own = FindNumber(points, num, leaveOut);
            if (own >= 0) return FromPoint(own, Answer);
        }

        // The register: a street in no district a partnership serves lies in no area.
        if (street is not null && _servedDistricts.Count > 0 && _unservedStreets.Contains(street.Id))
            return Answer(AddressResolutionStatus.NoPartnership, AnswerBasis.Street, new Certainty(CertaintyLevel.High, 0), [], AnswerNote.OtherDistrict,
                [string.Join(", ", street.Districts)]);

        if (number is { } n2)
        {
            // (b) interpolation on the same side.
            var between = Interpolate(points, n2, leaveOut, Answer);
            if (between is not null) return between;
        }

        // (c) the whole street in one area, or outside all.
        var whole = WholeStreet(points, lines, number, leaveOut, Answer);
        if (whole is not null) return whole;

        AddressResolution? partial = null;
        if (number is { } n3) partial = SideOrStretch(points, n3, leaveOut, Answer);
        else partial = Spread(points, leaveOut, Answer);
        partial ??= FromLines(lines, number, Answer);
        // A definite answer from the street's own points stands; the registry only adds to what the geometry leaves open.
        if (partial is not null && (partial.Status == AddressResolutionStatus.Resolved
            || (partial.Status == AddressResolutionStatus.NoPartnership && partial.Certainty.Level != CertaintyLevel.Low) || !Bounds(id, partial, out _)))
            return partial;

        // (f) the registry: the partnership's description names the street as a bound.
        if (Bounds(id, partial, out var missing))
        {
            var hits = (partial?.Areas ?? []).Concat(missing.Select(p => new AreaHit(p, AreaRelation.AlongBorder))).ToList();
            return Answer(AddressResolutionStatus.Multiple, AnswerBasis.Registry, new Certainty(CertaintyLevel.Low, 0), hits, AnswerNote.RegistryBounds,
                missing, outside: true, settle: number is null ? [SettleHint.HouseNumber, SettleHint.PointOnMap] : [SettleHint.PointOnMap]);
        }
        if (partial is not null) return partial;

        // The city's neighbourhood register (MSI): a street wholly in the one MSI area a partnership's area is built from.
        if (street is not null && street.Areas.Count > 0 && _msiArea.Count > 0)
        {
            var msi = street.Areas.Select(a => _msiArea.GetValueOrDefault(StreetNameNormalizer.Fold(a))).ToList();
            if (msi.All(m => m is not null) && msi.Distinct().Count() == 1)
                return Answer(AddressResolutionStatus.Resolved, AnswerBasis.Registry, new Certainty(CertaintyLevel.Medium, 0), [new AreaHit(msi[0]!, AreaRelation.Inside)],
                    AnswerNote.MsiArea, [string.Join(", ", street.Areas)]);
            var some = msi.Where(m => m is not null).Distinct().ToList();
            if (some.Count > 0)
                return Answer(AddressResolutionStatus.Multiple, AnswerBasis.Registry, new Certainty(CertaintyLevel.Low, 0), some.Select(m => new AreaHit(m!, AreaRelation.Inside)).ToList(),
                    AnswerNote.MsiAreaPartly, [string.Join(", ", street.Areas)], outside: true, settle: [SettleHint.PointOnMap]);
        }

        // (g) nothing definite.
        var settle = new List<SettleHint>();
        if (street is not null && _namesakes.ContainsKey(key)) settle.Add(SettleHint.District);
        settle.Add(SettleHint.PointOnMap);
        return Answer(AddressResolutionStatus.NoData, AnswerBasis.None, Certainty.None, [], AnswerNote.NoData, [], settle: settle);
    }

    private delegate AddressResolution AnswerFactory(AddressResolutionStatus status, AnswerBasis basis, Certainty certainty, IReadOnlyList<AreaHit> hits, AnswerNote note,
        IReadOnlyList<string> evidence, bool outside = false, double? lat = null, double? lon = null, IReadOnlyList<SettleHint>? settle = null, IReadOnlyList<string>? rules = null);

    private AddressResolution FromPoint(int p, AnswerFactory answer)
    {
        double lat = _gazetteer.LatitudeAt(p), lon = _gazetteer.LongitudeAt(p);
        var source = _gazetteer.SourceAt(p);
        string[] evidence = [source.Layer ?? source.Source, source.Date ?? ""];
        // Located once when the resolver was built; only a point on a border is located again for every area it touches.
        if (_pointArea[p] == Outside)
            return answer(AddressResolutionStatus.NoPartnership, AnswerBasis.AddressPoint, Certainty.For(PointMetres, _pointBorder[p], _maxAccuracy),
                [], AnswerNote.AddressPointOutside, evidence, lat: lat, lon: lon);
        if (_pointArea[p] >= 0)
        {
            int a = _pointArea[p];
            return answer(AddressResolutionStatus.Resolved, AnswerBasis.AddressPoint, Certainty.For(PointMetres, _pointBorder[p], _areaAccuracy[a]),
                [new AreaHit(_areaIds[a], AreaRelation.Inside)], AnswerNote.AddressPointInside, evidence, lat: lat, lon: lon);
        }
        var located = _areas.Locate(lat, lon);
        if (located.Areas.Count == 0)
            return answer(AddressResolutionStatus.NoPartnership, AnswerBasis.AddressPoint, Certainty.For(PointMetres, _pointBorder[p], AccuracyNear(located.Nearest?.PartnershipId)),
                [], AnswerNote.AddressPointOutside, evidence, lat: lat, lon: lon);
        var hits = located.Areas.Select(a => new AreaHit(a.PartnershipId, a.OnBoundary ? AreaRelation.OnBorder : AreaRelation.Inside)).ToList();
        if (hits.Count == 1 && hits[0].Relation == AreaRelation.Inside)
            return answer(AddressResolutionStatus.Resolved, AnswerBasis.AddressPoint, Certainty.For(PointMetres, _pointBorder[p], AccuracyNear(hits[0].PartnershipId)),
                hits, AnswerNote.AddressPointInside, evidence, lat: lat, lon: lon);
        return answer(hits.Count == 1 ? AddressResolutionStatus.Resolved : AddressResolutionStatus.Multiple, AnswerBasis.AddressPoint, new Certainty(CertaintyLevel.Low, PointMetres),
            hits, AnswerNote.AddressPointOnBorder, evidence, lat: lat, lon: lon, settle: [SettleHint.PointOnMap]);
    }

    private AddressResolution? Interpolate(int[] points, HouseNumber number, Func<int, bool>? leaveOut, AnswerFactory answer)
    {
        int parity = number.Number & 1;
        int lower = -1, upper = -1;
        foreach (var p in points)
        {
            if (leaveOut?.Invoke(p) == true || (_gazetteer.NumberAt(p) & 1) != parity) continue;
            int k = _gazetteer.NumberAt(p);
            if (k <= number.Number && (lower < 0 || k >= _gazetteer.NumberAt(lower))) lower = p;
            if (k >= number.Number && upper < 0) upper = p;
        }
        if (lower < 0 || upper < 0) return null;
        int a = _pointArea[lower], b = _pointArea[upper];
        if (a == Several || b == Several) return null;
        int kl = _gazetteer.NumberAt(lower), ku = _gazetteer.NumberAt(upper);
        double t = ku == kl ? 0.5 : (number.Number - kl) / (double)(ku - kl);
        double lat = _gazetteer.LatitudeAt(lower) + t * (_gazetteer.LatitudeAt(upper) - _gazetteer.LatitudeAt(lower));
        double lon = _gazetteer.LongitudeAt(lower) + t * (_gazetteer.LongitudeAt(upper) - _gazetteer.LongitudeAt(lower));
        double gap = Distance(lower, upper);
        double metres = Math.Max(PointMetres, gap / 2 + PointMetres);
        double border = Math.Min(_pointBorder[lower], _pointBorder[upper]);
        string[] evidence = [_gazetteer.HouseNumberAt(lower), _gazetteer.HouseNumberAt(upper)];
        if (a != b)
        {
            // A border crosses the street between the two neighbours: the number's place between them (in proportion to
            // the numbers) says on which side of the crossing it lies, when that place is clearly on one side.
            double placed = PointMetres + gap * Math.Min(t, 1 - t) / 2;
            var at = _areas.Locate(lat, lon);
            if (at.OnBoundary) return null;
            double toBorder = at.Nearest?.DistanceMetres ?? _areas.NearestBorder(lat, lon)?.DistanceMetres ?? 0;
            if (toBorder < placed) return null;
            var certainty = new Certainty(CertaintyLevel.Low, Math.Round(placed));
            return at.Areas.Count == 0
                ? answer(AddressResolutionStatus.NoPartnership, AnswerBasis.StreetStretch, certainty, [], AnswerNote.StretchDecides, evidence, lat: lat, lon: lon)
                : answer(AddressResolutionStatus.Resolved, AnswerBasis.StreetStretch, certainty, [new AreaHit(at.Areas[0].PartnershipId, AreaRelation.Inside)],
                    AnswerNote.StretchDecides, evidence, lat: lat, lon: lon);
        }
        if (a == Outside)
            return answer(AddressResolutionStatus.NoPartnership, AnswerBasis.Interpolation, Certainty.For(metres, border, AccuracyNear(null), CertaintyLevel.Medium),
                [], AnswerNote.InterpolatedOutside, evidence, lat: lat, lon: lon);
        return answer(AddressResolutionStatus.Resolved, AnswerBasis.Interpolation, Certainty.For(metres, border, _areaAccuracy[a], CertaintyLevel.Medium),
            [new AreaHit(_areaIds[a], AreaRelation.Inside)], AnswerNote.InterpolatedInside, evidence, lat: lat, lon: lon);
    }

    private AddressResolution? WholeStreet(int[] points, StreetCoverage? lines, HouseNumber? number, Func<int, bool>? leaveOut, AnswerFactory answer)
    {
        int state = int.MinValue, count = 0, min = int.MaxValue, max = int.MinValue;
        double border = double.PositiveInfinity;
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        foreach (var p in points)
        {
            if (leaveOut?.Invoke(p) == true) continue;
            int s = _pointArea[p];
            if (s == Several || (state != int.MinValue && s != state)) return null;
            state = s;
            count++;
            border = Math.Min(border, _pointBorder[p]);
            min = Math.Min(min, _gazetteer.NumberAt(p));
            max = Math.Max(max, _gazetteer.NumberAt(p));
            minLat = Math.Min(minLat, _gazetteer.LatitudeAt(p));
            maxLat = Math.Max(maxLat, _gazetteer.LatitudeAt(p));
            minLon = Math.Min(minLon, _gazetteer.LongitudeAt(p));
            maxLon = Math.Max(maxLon, _gazetteer.LongitudeAt(p));
        }
        if (lines is not null)
        {
            bool linesOutside = lines.Shares.Count == 0;
            bool linesInsideOne = lines.Shares.Count == 1 && lines.Shares[0].LengthOnBorderMetres == 0 && !lines.BorderStreet;
            if (count == 0)
            {
                if (linesOutside) state = Outside;
                else if (linesInsideOne && _areaIndex.TryGetValue(lines.Shares[0].PartnershipId, out var ai)) state = ai;
                else return null;
                border = 0;
            }
            else if (state == Outside ? !linesOutside : !(linesInsideOne && lines.Shares[0].PartnershipId == _areaIds[state])) return null;
        }
        if (state == int.MinValue) return null;
        // One known point only: trusted when it lies well inside (or well outside) and the number is near it.
        if (count == 1 && lines is null && (border < 60 || (number is { } one && Math.Abs(one.Number - min) > 20))) return null;
        var (kx, ky) = Geo.MetresPerDegree((minLat + maxLat) / 2);
        double reach = count == 0 ? (lines?.LengthMetres ?? 0) / 2 : Math.Max(PointMetres, Math.Sqrt(Math.Pow((maxLat - minLat) * ky, 2) + Math.Pow((maxLon - minLon) * kx, 2)) / 2);
        bool beyond = number is { } nb && count > 0 && (nb.Number < min - 20 || nb.Number > max + 20);
        var level = count >= 3 && border > 60 && !beyond ? CertaintyLevel.Medium : CertaintyLevel.Low;
        string[] evidence = [count.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (state == Outside)
            return answer(AddressResolutionStatus.NoPartnership, AnswerBasis.Street, new Certainty(level, Math.Round(reach)), [], AnswerNote.WholeStreetOutside, evidence);
        var hit = lines is not null && lines.Shares.Count == 1
            ? new AreaHit(_areaIds[state], AreaRelation.Inside, lines.Shares[0].LengthInsideMetres, null)
            : new AreaHit(_areaIds[state], AreaRelation.Inside);
        return answer(AddressResolutionStatus.Resolved, AnswerBasis.Street, new Certainty(level, Math.Round(reach)), [hit], AnswerNote.WholeStreetInside, evidence);
    }

    private AddressResolution? SideOrStretch(int[] points, HouseNumber number, Func<int, bool>? leaveOut, AnswerFactory answer)
    {
        int parity = number.Number & 1;
        int lower = -1, upper = -1, lowerAny = -1, upperAny = -1;
        var otherSide = new HashSet<int>();
        foreach (var p in points)
        {
            if (leaveOut?.Invoke(p) == true) continue;
            int k = _gazetteer.NumberAt(p);
            if (k <= number.Number) lowerAny = p;
            if (k >= number.Number && upperAny < 0) upperAny = p;
            if ((k & 1) != parity)
            {
                if (Math.Abs(k - number.Number) <= NearNumbers) otherSide.Add(_pointArea[p]);
                continue;
            }
            if (k <= number.Number) lower = p;
            if (k >= number.Number && upper < 0) upper = p;
        }
        if (lowerAny < 0 && upperAny < 0) return null;
        bool inRange = lowerAny >= 0 && upperAny >= 0;

        // The same side, one neighbour near the number (the other side of the street is in another state).
        int near = lower >= 0 && number.Number - _gazetteer.NumberAt(lower) <= NearNumbers ? lower
            : upper >= 0 && _gazetteer.NumberAt(upper) - number.Number <= NearNumbers ? upper : -1;
        if (near >= 0 && (lower < 0 || upper < 0) && _pointArea[near] != Several && inRange | (lower < 0 ^ upper < 0))
        {
            int s = _pointArea[near];
            bool border = otherSide.Any(o => o != s);
            var basis = border ? AnswerBasis.StreetSide : AnswerBasis.StreetStretch;
            string[] evidence = [parity == 0 ? "even" : "odd", _gazetteer.HouseNumberAt(near)];
            var certainty = new Certainty(CertaintyLevel.Low, Math.Round(PointMetres + 10 * Math.Abs(_gazetteer.NumberAt(near) - number.Number)));
            return s == Outside
                ? answer(AddressResolutionStatus.NoPartnership, basis, certainty, [], border ? AnswerNote.SideDecides : AnswerNote.StretchDecides, evidence)
                : answer(AddressResolutionStatus.Resolved, basis, certainty, [new AreaHit(_areaIds[s], border ? AreaRelation.AlongBorder : AreaRelation.Inside)],
                    border ? AnswerNote.SideDecides : AnswerNote.StretchDecides, evidence);
        }

        // The nearest known number of either side, close in number and well away from every border: its stretch.
        int nearest = -1;
        foreach (var p in new[] { lowerAny, upperAny })
            if (p >= 0 && _pointArea[p] != Several && Math.Abs(_gazetteer.NumberAt(p) - number.Number) <= 2 * NearNumbers
                && (nearest < 0 || Math.Abs(_gazetteer.NumberAt(p) - number.Number) < Math.Abs(_gazetteer.NumberAt(nearest) - number.Number)))
                nearest = p;
        if (nearest >= 0 && _pointBorder[nearest] >= 60 + 10 * Math.Abs(_gazetteer.NumberAt(nearest) - number.Number))
        {
            int s = _pointArea[nearest];
            string[] evidence = [parity == 0 ? "even" : "odd", _gazetteer.HouseNumberAt(nearest)];
            var certainty = new Certainty(CertaintyLevel.Low, Math.Round(PointMetres + 10 * Math.Abs(_gazetteer.NumberAt(nearest) - number.Number)));
            return s == Outside
                ? answer(AddressResolutionStatus.NoPartnership, AnswerBasis.StreetStretch, certainty, [], AnswerNote.StretchDecides, evidence)
                : answer(AddressResolutionStatus.Resolved, AnswerBasis.StreetStretch, certainty, [new AreaHit(_areaIds[s], AreaRelation.Inside)], AnswerNote.StretchDecides, evidence);
        }

        // The areas the number may be in: the states of the nearest known numbers around it.
        var states = new HashSet<int>();
        foreach (var p in new[] { lower, upper, lowerAny, upperAny })
            if (p >= 0 && Math.Abs(_gazetteer.NumberAt(p) - number.Number) <= 4 * NearNumbers) states.Add(_pointArea[p]);
        if (states.Count == 0) return null;
        bool sideMatters = otherSide.Count > 0 && (lower < 0 || upper < 0 || _pointArea[lower] == _pointArea[upper]);
        var hits = states.Where(s => s >= 0).Select(s => new AreaHit(_areaIds[s], sideMatters ? AreaRelation.AlongBorder : AreaRelation.Inside)).ToList();
        if (hits.Count == 0 && !states.Contains(Several)) return null;
        return answer(AddressResolutionStatus.Multiple, sideMatters ? AnswerBasis.StreetSide : AnswerBasis.StreetStretch, new Certainty(CertaintyLevel.Low, PointMetres),
            hits, sideMatters ? AnswerNote.SideUnknown : AnswerNote.StretchUnknown, [], outside: states.Contains(Outside), settle: [SettleHint.PointOnMap]);
    }

    /// <summary>A street asked without a number whose known points lie in several areas (or some outside): each area,
    /// and the number would settle it.</summary>
    private AddressResolution? Spread(int[] points, Func<int, bool>? leaveOut, AnswerFactory answer)
    {
        var states = new HashSet<int>();
        foreach (var p in points)
            if (leaveOut?.Invoke(p) != true) states.Add(_pointArea[p]);
        var hits = states.Where(s => s >= 0).Order().Select(s => new AreaHit(_areaIds[s], AreaRelation.Inside)).ToList();
        if (hits.Count == 0) return null;
        return answer(AddressResolutionStatus.Multiple, AnswerBasis.StreetStretch, new Certainty(CertaintyLevel.Low, 0), hits, AnswerNote.StretchUnknown, [],
            outside: states.Contains(Outside) || states.Contains(Several), settle: [SettleHint.HouseNumber]);
    }

    private AddressResolution? FromLines(StreetCoverage? lines, HouseNumber? number, AnswerFactory answer)
    {
        if (lines is null || lines.Shares.Count == 0) return null;
        var hits = lines.Shares.Select(s => new AreaHit(s.PartnershipId, s.LengthOnBorderMetres > 0 ? AreaRelation.AlongBorder : AreaRelation.Inside,
            s.LengthInsideMetres, s.LengthOnBorderMetres)).ToList();
        var settle = number is null ? new[] { SettleHint.HouseNumber, SettleHint.PointOnMap } : [SettleHint.PointOnMap];
        return lines.BorderStreet
            ? answer(AddressResolutionStatus.Multiple, AnswerBasis.StreetSide, new Certainty(CertaintyLevel.Low, Math.Round(lines.LengthMetres / 2)), hits, AnswerNote.SideUnknown, [],
                outside: true, settle: settle)
            : answer(AddressResolutionStatus.Multiple, AnswerBasis.StreetStretch, new Certainty(CertaintyLevel.Low, Math.Round(lines.LengthMetres / 2)), hits, AnswerNote.StretchUnknown, [],
                outside: true, settle: settle);
    }

    /// <summary>True when the registry names the street as a bound of a partnership the answer does not already name
    /// (<paramref name="missing"/>).</summary>
    private bool Bounds(string? streetId, AddressResolution? answer, out string[] missing)
    {
        missing = [];
        if (streetId is null || !_boundedBy.TryGetValue(streetId, out var by)) return false;
        missing = by.Where(p => answer is null || answer.Areas.All(h => h.PartnershipId != p)).ToArray();
        return missing.Length > 0;
    }

    private int FindNumber(int[] points, HouseNumber number, Func<int, bool>? leaveOut)
    {
        int fallback = -1;
        int lo = 0, hi = points.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_gazetteer.NumberAt(points[mid]) < number.Number) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < points.Length; i++)
        {
            int p = points[i];
            int k = _gazetteer.NumberAt(p);
            if (k < number.Number) continue;
            if (k > number.Number) break;
            if (leaveOut?.Invoke(p) == true) continue;
            if (_gazetteer.SameNumber(p, number)) return p;
            if (number.Second is not null && fallback < 0 && _gazetteer.IsPlainNumber(p) && number.Letter.Length == 0) fallback = p;
        }
        return fallback;
    }

    private const int Outside = -1;
    private const int Several = -2;

    private void Locate(int point)
    {
        double lat = _gazetteer.LatitudeAt(point), lon = _gazetteer.LongitudeAt(point);
        var r = _areas.Locate(lat, lon);
        _pointArea[point] = r.Areas.Count switch
        {
            0 => Outside,
            1 when !r.Areas[0].OnBoundary && _areaIndex.TryGetValue(r.Areas[0].PartnershipId, out var i) => (sbyte)Math.Min(i, sbyte.MaxValue),
            _ => Several,
        };
        _pointBorder[point] = (float)(r.Nearest?.DistanceMetres ?? _areas.NearestBorder(lat, lon)?.DistanceMetres ?? double.PositiveInfinity);
    }

    private RegisteredStreet? Attribute(int point, IReadOnlyList<RegisteredStreet> namesakes, IReadOnlyDictionary<string, string> districtOf)
    {
        double lat = _gazetteer.LatitudeAt(point), lon = _gazetteer.LongitudeAt(point);
        // The nearest namesake whose points carry an id.
        RegisteredStreet? best = null;
        double bestD = double.PositiveInfinity, second = double.PositiveInfinity;
        foreach (var s in namesakes)
        {
            double d = double.PositiveInfinity;
            foreach (var g in _gazetteer.StreetsWithId(s.Id))
            {
                var (start, end) = _gazetteer.PointsOf(g);
                for (int i = start; i < end; i++) d = Math.Min(d, Distance(lat, lon, _gazetteer.LatitudeAt(i), _gazetteer.LongitudeAt(i)));
            }
            if (d < bestD) (second, bestD, best) = (bestD, d, s);
            else if (d < second) second = d;
        }
        if (best is not null && bestD <= AttributionMetres && second > 2 * bestD) return best;
        // Wesoła keeps its own postcodes.
        if (_gazetteer.PostcodeAt(point) is { } code)
        {
            var wesola = namesakes.Where(s => s.InDistrict("Wesoła")).ToList();
            if (code.StartsWith("05-07", StringComparison.Ordinal) && wesola.Count == 1) return wesola[0];
            if (!code.StartsWith("05-07", StringComparison.Ordinal) && wesola.Count > 0 && namesakes.Count - wesola.Count == 1) return namesakes.First(s => !wesola.Contains(s));
        }
        // The district of a partnership area the point lies in or near.
        var located = _areas.Locate(lat, lon);
        string? partnership = located.Areas.Count > 0 ? located.Areas[0].PartnershipId
            : located.Nearest is { DistanceMetres: <= NearAreaMetres } nearest ? nearest.PartnershipId : null;
        if (partnership is not null && districtOf.TryGetValue(partnership, out var district))
        {
            var inDistrict = namesakes.Where(s => s.InDistrict(district)).ToList();
            if (inDistrict.Count == 1) return inDistrict[0];
        }
        return null;
    }

    private IReadOnlyList<RegisteredStreet> NamesakesOf(string key)
    {
        if (_namesakes.TryGetValue(key, out var several)) return several;
        var r = _register.Resolve(key);
        return r.Status == StreetResolutionStatus.Unique && Key(r.Street!) == key ? [r.Street!] : [];
    }

    private StreetCoverage? LinesOf(RegisteredStreet? street, string key)
    {
        var lines = _streets.Find(key);
        if (lines is null) return null;
        if (street is null || !_namesakes.TryGetValue(key, out var namesakes)) return lines;
        // Lines are named only: they are this namesake's when every area they touch is in a district of this street
        // and of no other namesake.
        foreach (var share in lines.Shares)
        {
            var district = _districtOf.GetValueOrDefault(share.PartnershipId);
            if (district is null || !street.InDistrict(district) || namesakes.Any(o => o.Id != street.Id && o.InDistrict(district))) return null;
        }
        return lines.Shares.Count == 0 ? null : lines;
    }

    private int[] PointsOf(string streetId) => _streetPoints.GetValueOrDefault(streetId) ?? [];

    private int[] PointsOfKey(string key) => _streetPoints.GetValueOrDefault(KeyRef(key)) ?? [];

    private double AccuracyNear(string? partnershipId) =>
        partnershipId is not null && _areaIndex.TryGetValue(partnershipId, out var i) ? _areaAccuracy[i] : _areaAccuracy.Length > 0 ? _areaAccuracy.Max() : 0;

    private double Distance(int a, int b) =>
        Distance(_gazetteer.LatitudeAt(a), _gazetteer.LongitudeAt(a), _gazetteer.LatitudeAt(b), _gazetteer.LongitudeAt(b));

    private static double Distance(double lat1, double lon1, double lat2, double lon2) =>
        Geo.DistanceMetres(new Coordinate(lon1, lat1), new Coordinate(lon2, lat2));

    private string Key(RegisteredStreet street) =>
        _keyOf.TryGetValue(street.Id, out var key) ? key : StreetNameNormalizer.Normalize(street.FullName).Key;

    private static string KeyRef(string key) => "key:" + key;

    private static AddressResolution Fail(AddressResolutionStatus status, AnswerNote note, string? street, string? number, IReadOnlyList<string> evidence) =>
        new(status, AnswerBasis.None, Certainty.None, street, null, [], number, [], false, null, null, [], false, [], note, evidence, []);
}
