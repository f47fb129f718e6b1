using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;

namespace CoverageMap.Core.Tests.Rules;

/// <summary>Conflicts between rules and between rules and areas. Areas: <see cref="SquareDataset"/> (p-1 | p-2 | p-3).</summary>
public sealed class StreetRuleCheckerTests
{
    private static HouseNumber N(string text) => HouseNumber.TryParse(text, out var n) ? n : throw new ArgumentException(text);

    private static AddressPoint Point(string number, double lat, double lon) =>
        new("20593", "Juliusza Słowackiego", "slowackiego", number, N(number), null, lat, lon, AddressSources.Prg, "prg-" + number);

    [Fact]
    public void Overlapping_ranges_of_one_street_given_to_different_partnerships_are_reported()
    {
        var rules = new StreetRuleSet([
            new StreetRule("r1", "Juliusza Słowackiego", null, 1, 27, NumberParity.All, "p-1"),
            new StreetRule("r2", "Słowackiego", null, 20, 40, NumberParity.Even, "p-2"),
            new StreetRule("r3", "Słowackiego", null, 29, 51, NumberParity.Odd, "p-2"),   // no overlap with r1
            new StreetRule("r4", "Słowackiego", null, 1, 9, NumberParity.Odd, "p-1"),     // overlaps r1, same partnership
        ]);

        var conflicts = StreetRuleChecker.Check(rules);

        var c = Assert.Single(conflicts);
        Assert.Equal(RuleConflictKind.OverlappingRules, c.Kind);
        Assert.Equal(["r1", "r2"], new[] { c.Rule.Id, c.OtherRule!.Id });
    }

    [Fact]
    public void A_rule_naming_an_unknown_partnership_is_reported()
    {
        var rules = new StreetRuleSet([new StreetRule("r1", "Słowackiego", null, 1, 9, NumberParity.All, "nobody")]);

        var c = Assert.Single(StreetRuleChecker.Check(rules, ["p-1", "p-2"]));

        Assert.Equal(RuleConflictKind.UnknownPartnership, c.Kind);
    }

    [Fact]
    public void An_address_point_inside_one_area_but_ruled_to_another_is_reported()
    {
        var rules = new StreetRuleSet([new StreetRule("r1", "Juliusza Słowackiego", null, 2, 20, NumberParity.Even, "p-1")]);
        var gazetteer = new AddressGazetteer([
            Point("10", 52.205, 21.015),  // in p-2, ruled to p-1: conflict
            Point("12", 52.205, 21.005),  // in p-1, ruled to p-1: fine
            Point("11", 52.205, 21.015),  // in p-2, odd: no rule
            Point("14", 52.300, 21.300),  // outside every area: a rule may place it, no conflict
        ]);
        var areas = new AreaIndex(SquareDataset.Create());

        var c = Assert.Single(StreetRuleChecker.Check(rules, null, gazetteer, areas));

        Assert.Equal(RuleConflictKind.RuleAgainstArea, c.Kind);
        Assert.Equal("10", c.Point!.HouseNumberText);
        Assert.Equal(["p-2"], c.AreaPartnerships);
        Assert.Equal("p-1", c.Rule.PartnershipId);
    }
}
