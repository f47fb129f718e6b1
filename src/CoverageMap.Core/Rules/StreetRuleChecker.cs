using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Core.Rules;

/// <summary>
/// Checks street rules: overlapping ranges of one street given to different partnerships, rules naming unknown
/// partnerships, and gazetteer address points that lie inside one partnership's area but are ruled to another.
/// Stateless and thread-safe.
/// </summary>
public static class StreetRuleChecker
{
    /// <summary>Every conflict found; empty when the rules are consistent.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="knownPartnerships">Ids of the registry's partnerships; null skips that check.</param>
    /// <param name="gazetteer">Address points to test against the areas; null skips the rule-against-area check.</param>
    /// <param name="areas">The areas (point → partnerships); null skips the rule-against-area check.</param>
    public static IReadOnlyList<RuleConflict> Check(
        StreetRuleSet rules,
        IReadOnlyCollection<string>? knownPartnerships = null,
        AddressGazetteer? gazetteer = null,
        AreaIndex? areas = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var conflicts = new List<RuleConflict>();
        if (knownPartnerships is not null)
        {
            var known = knownPartnerships.ToHashSet(StringComparer.Ordinal);
            foreach (var r in rules.Rules.Where(r => !known.Contains(r.PartnershipId)))
                conflicts.Add(new RuleConflict(RuleConflictKind.UnknownPartnership, r, null, null, []));
        }

        foreach (var key in rules.StreetKeys.Order(StringComparer.Ordinal))
        {
            var street = rules.ForStreetKey(key);
            for (int i = 0; i < street.Count; i++)
                for (int j = i + 1; j < street.Count; j++)
                {
                    StreetRule a = street[i], b = street[j];
                    if (a.PartnershipId == b.PartnershipId || !a.Overlaps(b)) continue;
                    if (a.StreetId is not null && b.StreetId is not null && a.StreetId != b.StreetId) continue;
                    conflicts.Add(new RuleConflict(RuleConflictKind.OverlappingRules, a, b, null, []));
                }
        }

        if (gazetteer is not null && areas is not null)
        {
            foreach (var p in gazetteer.Points)
            {
                var ruled = rules.EvaluateKey(p.StreetKey, p.HouseNumber, p.StreetId);
                if (ruled.Count == 0) continue;
                var inside = areas.Locate(p.Latitude, p.Longitude).Areas.Select(h => h.PartnershipId).Distinct().Order(StringComparer.Ordinal).ToList();
                if (inside.Count == 0) continue; // a rule may well give an address outside every polygon to a partnership
                foreach (var r in ruled.Where(r => !inside.Contains(r.PartnershipId)))
                    conflicts.Add(new RuleConflict(RuleConflictKind.RuleAgainstArea, r, null, p, inside));
            }
        }
        return conflicts;
    }
}
