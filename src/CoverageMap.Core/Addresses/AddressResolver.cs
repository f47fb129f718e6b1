using CoverageMap.Core.Addresses.Interim;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// Answers which partnership serves an address, in this order: (a) a street rule naming the address
/// (basis <c>street-rule</c>); (b) else the gazetteer's address point, located in the areas (basis
/// <c>address-point</c>); (c) else the areas the street runs through or along (basis <c>street-level</c>, with
/// <c>borderStreet</c> when it runs along a border). It never guesses: an ambiguous street returns the alternatives and
/// no answer; several possible partnerships are all returned as <see cref="AddressResolutionStatus.Multiple"/>.
/// Immutable and thread-safe; every index it uses is built once and shared.
/// </summary>
public sealed class AddressResolver
{
    private readonly StreetRegister? _register;
    private readonly StreetRuleSet _rules;
    private readonly AddressGazetteer _gazetteer;
    private readonly AreaIndex _areas;
    private readonly StreetAreaCoverage _streets;

    /// <summary>Creates a resolver over indexes built elsewhere.</summary>
    /// <param name="register">The official street register; null resolves streets by their normalised name only.</param>
    /// <param name="rules">Street rules.</param>
    /// <param name="gazetteer">Address points.</param>
    /// <param name="areas">Point → areas (the lookup's index; its boundary rule applies to address points).</param>
    /// <param name="streets">Street → areas, for the street-level answer.</param>
    public AddressResolver(StreetRegister? register, StreetRuleSet rules, AddressGazetteer gazetteer, AreaIndex areas, StreetAreaCoverage streets)
    {
        _register = register;
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _areas = areas ?? throw new ArgumentNullException(nameof(areas));
        _streets = streets ?? throw new ArgumentNullException(nameof(streets));
    }

    /// <summary>Parses and resolves an address as a person writes it (<c>ul. Słowackiego 12A</c>).</summary>
    public AddressResolution Resolve(string text)
    {
        var parsed = AddressParser.Parse(text);
        return parsed is null ? Fail(AddressResolutionStatus.Unparseable, null, null, $"'{text}' is not an address: no street could be read.") : Resolve(parsed);
    }

    /// <summary>Resolves a street and a house number given separately (the <c>ulica</c> + <c>numer</c> columns).</summary>
    public AddressResolution Resolve(string street, string? houseNumber)
    {
        if (string.IsNullOrWhiteSpace(street)) return Fail(AddressResolutionStatus.Unparseable, null, null, "The street is empty.");
        HouseNumber? number = null;
        if (!string.IsNullOrWhiteSpace(houseNumber))
        {
            if (!HouseNumber.TryParse(houseNumber, out var n))
                return Fail(AddressResolutionStatus.Unparseable, street, null, $"'{houseNumber}' is not a house number.");
            number = n;
        }
        return Resolve(new ParsedAddress(street.Trim(), number, null));
    }

    /// <summary>Resolves a parsed address.</summary>
    public AddressResolution Resolve(ParsedAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var written = address.Street;
        string? id = null;
        string name = written;
        string[] names = [written];
        if (_register is not null)
        {
            var resolution = _register.Resolve(written);
            switch (resolution.Kind)
            {
                case StreetResolutionKind.Ambiguous:
                    return new AddressResolution(AddressResolutionStatus.AmbiguousStreet, null, written, null, address.HouseNumber?.ToString(), [], false,
                        resolution.Candidates.Select(c => new StreetAlternative(c.Id, c.FullName)).ToList(), null, null, [],
                        $"'{written}' may be any of {resolution.Candidates.Count} streets: {string.Join(", ", resolution.Candidates.Select(c => c.FullName))}. Say which.");
                case StreetResolutionKind.Unique:
                    var s = resolution.Candidates[0];
                    (id, name) = (s.Id, s.FullName);
                    names = s.ShortName is null ? [s.FullName, written] : [s.FullName, s.ShortName, written];
                    break;
            }
        }
        var keys = names.Select(StreetNameNormalizer.Normalize).Where(k => k.Length > 0).Distinct().ToArray();
        var coverage = keys.Select(_streets.Find).FirstOrDefault(c => c is not null);
        if (id is null && coverage is null && !keys.Any(k => _gazetteer.HasStreet(k) || _rules.ForStreet(k).Count > 0))
            return Fail(AddressResolutionStatus.StreetNotFound, written, address.HouseNumber?.ToString(), $"No street '{written}' is known.");

        var hn = address.HouseNumber;
        if (hn is { } number)
        {
            // (a) street rules
            IReadOnlyList<StreetRule> ruled = [];
            foreach (var k in keys)
                if ((ruled = _rules.Evaluate(k, number, id)).Count > 0) break;
            if (ruled.Count > 0)
            {
                var ids = ruled.Select(r => r.PartnershipId).Distinct().ToList();
                var ruleIds = ruled.Select(r => r.Id).ToList();
                return ids.Count == 1
                    ? new AddressResolution(AddressResolutionStatus.Resolved, ResolutionBasis.StreetRule, name, id, number.ToString(), [new ResolvedPartnership(ids[0])], false, [], null, null, ruleIds,
                        $"{name} {number}: rule {string.Join(", ", ruleIds)} gives it to {ids[0]}.")
                    : new AddressResolution(AddressResolutionStatus.ConflictingRules, ResolutionBasis.StreetRule, name, id, number.ToString(), ids.Select(p => new ResolvedPartnership(p)).ToList(), false, [], null, null, ruleIds,
                        $"{name} {number}: rules {string.Join(", ", ruleIds)} disagree ({string.Join(", ", ids)}); the rules must be fixed.");
            }

            // (b) address point
            IReadOnlyList<AddressPoint> points = [];
            foreach (var k in keys)
                if ((points = _gazetteer.Find(k, number, id)).Count > 0) break;
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
        if (coverage is null)
            return Fail(AddressResolutionStatus.NoData, name, hn?.ToString(),
                $"{name}{(hn is null ? "" : " " + hn)}: no rule or address point names it and the street network lacks the street, so it cannot be placed.");
        var shares = coverage.Shares.Select(s => new ResolvedPartnership(s.PartnershipId, s.LengthOnBorderMetres > 0, s.LengthInsideMetres, s.LengthOnBorderMetres)).ToList();
        var st = shares.Count switch
        {
            0 => AddressResolutionStatus.NoPartnership,
            1 when !coverage.BorderStreet => AddressResolutionStatus.Resolved,
            _ => AddressResolutionStatus.Multiple,
        };
        var what = hn is null ? name : $"{name} {hn} (no address point; by the street)";
        var msg = st switch
        {
            AddressResolutionStatus.NoPartnership => $"{what}: the street runs through no partnership's area.",
            AddressResolutionStatus.Resolved => $"{what}: the whole street lies in the area of {shares[0].PartnershipId}.",
            _ when coverage.BorderStreet => $"{what}: the street runs along the border of {string.Join(" and ", shares.Select(s => s.PartnershipId))}; the side of the street decides.",
            _ => $"{what}: the street runs through the areas of {string.Join(", ", shares.Select(s => s.PartnershipId))}; the house number decides.",
        };
        return new AddressResolution(st, ResolutionBasis.StreetLevel, name, id, hn?.ToString(), shares, coverage.BorderStreet, [], null, null, [], msg);
    }

    private static AddressResolution Fail(AddressResolutionStatus status, string? street, string? number, string message) =>
        new(status, null, street, null, number, [], false, [], null, null, [], message);
}
