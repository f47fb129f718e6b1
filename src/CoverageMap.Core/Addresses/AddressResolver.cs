using System.Collections.Frozen;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// Answers which partnership serves an address, in this order: (a) a street rule naming the address
/// (basis <c>street-rule</c>); (b) else the gazetteer's address point, located in the areas (basis
/// <c>address-point</c>); (c) else the areas the street runs through or along (basis <c>street-level</c>, with
/// <c>borderStreet</c> when it runs along a border). It never guesses: an ambiguous street returns the alternatives and
/// no answer; several possible partnerships are all returned as <see cref="AddressResolutionStatus.Multiple"/>.
/// Immutable and thread-safe; every index it uses is built once and shared.
/// </summary>
/// <remarks>
/// Streets are resolved by the <see cref="StreetRegister"/> (through <see cref="AddressParser"/>). Address points
/// are found by the register's street id (PRG gives TERYT ULIC ids), else by the normalised street key. When several
/// registered streets share a key (<c>Mickiewicza</c> in Żoliborz and in Wesoła), points without a street id (OSM)
/// cannot tell them apart, so they are not used for that street. Network lines (named only) are used for such a street
/// only when the areas they run through or along all belong to partnerships of districts that street runs through and
/// that none of its namesakes runs through (given the partnerships' districts): the lines of Mickiewicza that bound
/// Żoliborz's areas are Żoliborz's Mickiewicza, not Wesoła's. Otherwise the answer is
/// <see cref="AddressResolutionStatus.NoData"/> rather than the other street's partnership.
/// </remarks>
public sealed class AddressResolver
{
    private readonly StreetRegister _register;
    private readonly AddressParser _parser;
    private readonly StreetRuleSet _rules;
    private readonly AddressGazetteer _gazetteer;
    private readonly AreaIndex _areas;
    private readonly StreetAreaCoverage _streets;
    private readonly FrozenSet<string> _sharedKeys;
    private readonly FrozenDictionary<string, RegisteredStreet[]> _namesakes;
    private readonly IReadOnlyDictionary<string, string> _districtOf;

    /// <summary>Creates a resolver over indexes built elsewhere.</summary>
    /// <param name="register">The official street register.</param>
    /// <param name="rules">Street rules.</param>
    /// <param name="gazetteer">Address points.</param>
    /// <param name="areas">Point → areas (the lookup's index; its boundary rule applies to address points).</param>
    /// <param name="streets">Street → areas, for the street-level answer.</param>
    /// <param name="partnershipDistricts">Partnership id → its district, to attribute the network lines of a street
    /// name several districts share (see remarks); null: such lines are never used.</param>
    public AddressResolver(StreetRegister register, StreetRuleSet rules, AddressGazetteer gazetteer, AreaIndex areas, StreetAreaCoverage streets,
        IReadOnlyDictionary<string, string>? partnershipDistricts = null)
    {
        _register = register ?? throw new ArgumentNullException(nameof(register));
        _parser = new AddressParser(register);
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _areas = areas ?? throw new ArgumentNullException(nameof(areas));
        _streets = streets ?? throw new ArgumentNullException(nameof(streets));
        _namesakes = register.Streets.GroupBy(s => StreetNameNormalizer.Normalize(s.FullName).Key)
            .Where(g => g.Count() > 1).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _sharedKeys = _namesakes.Keys.ToFrozenSet(StringComparer.Ordinal);
        _districtOf = partnershipDistricts ?? new Dictionary<string, string>();
    }

    /// <summary>Parses and resolves an address as a person types it (<c>ul. Słowackiego 12A, 01-627 Warszawa</c>);
    /// a street without a number (<c>Słowackiego</c>) gets a street-level answer.</summary>
    /// <param name="text">The address.</param>
    /// <param name="district">Optional district that narrows a street name shared by several districts.</param>
    public AddressResolution Resolve(string text, string? district = null)
    {
        var parsed = _parser.Parse(text ?? "", district);
        if (parsed.Address is { } address) return Resolve(address);
        var error = parsed.Error!;
        if (error.Code == AddressParseErrorCode.NoHouseNumber) return ResolveStreet(text!, district);
        return Fail(AddressResolutionStatus.Unparseable, null, null, $"'{text}' is not an address: {error.MessageEn}.");
    }

    /// <summary>Resolves a street and a house number given separately (the <c>ulica</c> + <c>numer</c> columns).</summary>
    public AddressResolution Resolve(string street, string? houseNumber, string? district)
    {
        if (string.IsNullOrWhiteSpace(street)) return Fail(AddressResolutionStatus.Unparseable, null, houseNumber, "The street is empty.");
        return string.IsNullOrWhiteSpace(houseNumber) ? ResolveStreet(street, district) : Resolve(street.Trim() + " " + houseNumber.Trim(), district);
    }

    /// <summary>Resolves an address the parser has taken apart.</summary>
    public AddressResolution Resolve(ParsedAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Street is { } street
            ? Place(street.FullName, street.Id, StreetNameNormalizer.Normalize(street.FullName).Key, address.HouseNumber)
            : Unresolved(address.StreetText, address.Match == StreetMatchKind.Ambiguous, address.Alternatives, address.HouseNumber);
    }

    private AddressResolution ResolveStreet(string text, string? district)
    {
        var r = _register.Resolve(text.Trim().TrimEnd(','), district);
        return r.Street is { } street
            ? Place(street.FullName, street.Id, StreetNameNormalizer.Normalize(street.FullName).Key, null)
            : Unresolved(text.Trim(), r.Status == StreetResolutionStatus.Ambiguous, r.Candidates.Count > 0 ? r.Candidates : r.Suggestions.Select(s => s.Street).ToList(), null);
    }

    private AddressResolution Unresolved(string written, bool ambiguous, IReadOnlyList<RegisteredStreet> alternatives, HouseNumber? number)
    {
        var alt = alternatives.Select(c => new StreetAlternative(c.Id, c.OfficialName, c.Districts)).ToList();
        if (ambiguous)
            return new AddressResolution(AddressResolutionStatus.AmbiguousStreet, null, written, null, number?.ToString(), [], false, alt, null, null, [],
                $"'{written}' may be any of {alt.Count} streets: {string.Join(", ", alt.Select(a => a.Name))}. Say which (e.g. with the postcode or the district).");
        // Not in the register: a street the gazetteer, the rules or the network know under the same key still counts.
        var key = StreetNameNormalizer.Normalize(written).Key;
        if (key.Length > 0 && (_streets.Find(key) is not null || _gazetteer.HasStreet(key) || _rules.ForStreetKey(key).Count > 0))
            return Place(written, null, key, number);
        return new AddressResolution(AddressResolutionStatus.StreetNotFound, null, written, null, number?.ToString(), [], false, alt, null, null, [],
            $"No Warsaw street '{written}' is known." + (alt.Count > 0 ? $" Did you mean: {string.Join(", ", alt.Select(a => a.Name))}?" : ""));
    }

    private AddressResolution Place(string name, string? id, string key, HouseNumber? hn)
    {
        bool shared = _sharedKeys.Contains(key);
        if (hn is { } number)
        {
            // (a) street rules
            var ruled = _rules.EvaluateKey(key, number, id);
            if (ruled.Count > 0)
            {
                var ids = ruled.Select(r => r.PartnershipId).Distinct().ToList();
                var ruleIds = ruled.Select(r => r.Id).ToList();
                return ids.Count == 1
                    ? new AddressResolution(AddressResolutionStatus.Resolved, ResolutionBasis.StreetRule, name, id, number.ToString(), [new ResolvedPartnership(ids[0])], false, [], null, null, ruleIds,
                        $"{name} {number}: street rule {string.Join(", ", ruleIds)} gives it to {ids[0]}.")
                    : new AddressResolution(AddressResolutionStatus.ConflictingRules, ResolutionBasis.StreetRule, name, id, number.ToString(), ids.Select(p => new ResolvedPartnership(p)).ToList(), false, [], null, null, ruleIds,
                        $"{name} {number}: street rules {string.Join(", ", ruleIds)} disagree ({string.Join(", ", ids)}); the rules must be fixed.");
            }

            // (b) address point: by street id, else by key (only points of this street or without an id, and not for a shared key)
            IReadOnlyList<AddressPoint> points = id is null ? [] : _gazetteer.FindByStreetId(id, number);
            if (points.Count == 0 && !shared)
                points = _gazetteer.FindByStreetKey(key, number).Where(p => p.StreetId is null || id is null || p.StreetId == id).ToList();
            if (points.Count > 0)
            {
                var best = points.Where(p => p.Source == points[0].Source).ToList();
                var hits = best.SelectMany(p => _areas.Locate(p.Latitude, p.Longitude).Areas)
                    .GroupBy(h => h.PartnershipId).Select(g => new ResolvedPartnership(g.Key, g.All(h => h.OnBoundary))).ToList();
                var p0 = best[0];
                var status = hits.Count switch { 0 => AddressResolutionStatus.NoPartnership, 1 => AddressResolutionStatus.Resolved, _ => AddressResolutionStatus.Multiple };
                var message = hits.Count switch
                {
                    0 => $"{name} {number} ({p0.Source} address point) lies outside every partnership's area.",
                    1 => $"{name} {number} ({p0.Source} address point) lies in the area of {hits[0].PartnershipId}" + (hits[0].OnBoundary ? ", on its boundary." : "."),
                    _ => $"{name} {number} ({p0.Source} address point) lies where the areas of {string.Join(" and ", hits.Select(h => h.PartnershipId))} meet.",
                };
                return new AddressResolution(status, ResolutionBasis.AddressPoint, name, id ?? p0.StreetId, number.ToString(), hits, false, [], p0.Latitude, p0.Longitude, [], message);
            }
        }

        // (c) street level
        var label = hn is null ? name : $"{name} {hn}";
        if (shared && !NetworkLinesBelongTo(key, id))
            return Fail(AddressResolutionStatus.NoData, name, hn?.ToString(),
                $"{label}: several Warsaw streets share this name and no address point with a street id places this one; the street network cannot tell them apart.", id);
        var coverage = _streets.Find(key);
        if (coverage is null)
            return Fail(AddressResolutionStatus.NoData, name, hn?.ToString(),
                $"{label}: no street rule or address point names it and the street network lacks the street, so it cannot be placed.", id);
        var shares = coverage.Shares.Select(s => new ResolvedPartnership(s.PartnershipId, s.LengthOnBorderMetres > 0, s.LengthInsideMetres, s.LengthOnBorderMetres)).ToList();
        var st = shares.Count switch
        {
            0 => AddressResolutionStatus.NoPartnership,
            1 when !coverage.BorderStreet => AddressResolutionStatus.Resolved,
            _ => AddressResolutionStatus.Multiple,
        };
        var what = hn is null ? name : $"{label} (no address point; by the street)";
        var msg = st switch
        {
            AddressResolutionStatus.NoPartnership => $"{what}: the street runs through no partnership's area.",
            AddressResolutionStatus.Resolved => $"{what}: the whole street lies in the area of {shares[0].PartnershipId}.",
            _ when coverage.BorderStreet => $"{what}: the street runs along the border of {string.Join(" and ", shares.Select(s => s.PartnershipId))}; which side of the street the house is on decides.",
            _ => $"{what}: the street runs through the areas of {string.Join(", ", shares.Select(s => s.PartnershipId))}; the house number decides.",
        };
        return new AddressResolution(st, ResolutionBasis.StreetLevel, name, id, hn?.ToString(), shares, coverage.BorderStreet, [], null, null, [], msg);
    }

    /// <summary>True when the network lines named <paramref name="key"/> can only be the registered street
    /// <paramref name="id"/> among its namesakes, judged by the districts of the areas they touch.</summary>
    private bool NetworkLinesBelongTo(string key, string? id)
    {
        if (id is null || _register.Find(id) is not { } street || !_namesakes.TryGetValue(key, out var namesakes)) return false;
        var shares = _streets.Find(key)?.Shares;
        if (shares is null || shares.Count == 0) return false;
        foreach (var share in shares)
        {
            if (!_districtOf.TryGetValue(share.PartnershipId, out var district)) return false;
            if (!street.InDistrict(district)) return false;
            if (namesakes.Any(o => !ReferenceEquals(o, street) && o.Id != street.Id && o.InDistrict(district))) return false;
        }
        return true;
    }

    private static AddressResolution Fail(AddressResolutionStatus status, string? street, string? number, string message, string? id = null) =>
        new(status, null, street, id, number, [], false, [], null, null, [], message);
}
