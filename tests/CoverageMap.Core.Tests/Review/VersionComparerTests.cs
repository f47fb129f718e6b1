using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Review;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Review;

public sealed class VersionComparerTests
{
    private static AddressPoint Point(string street, string number, double lat, double lon) =>
        new(null, street, StreetNameNormalizer.Normalize(street).Key, number, HouseNumber.TryParse(number, out var n) ? n : throw new ArgumentException(number),
            null, lat, lon, "test", street + number);

    [Fact]
    public void Moving_a_border_counts_hectares_both_ways_and_lists_the_addresses_that_change_partnership()
    {
        var before = SquareDataset.Create(1);
        // p-1 grows east by a quarter of p-2's width; p-2 shrinks by the same strip.
        var after = before with
        {
            Version = 2,
            Areas = [
                before.Areas[0] with { Geometry = SquareDataset.Square(21.00, 52.20, 21.0125, 52.21) },
                before.Areas[1] with { Geometry = SquareDataset.Square(21.0125, 52.20, 21.02, 52.21) },
                before.Areas[2]],
        };
        var gazetteer = new AddressGazetteer([
            Point("Testowa", "1", 52.205, 21.005),      // p-1 in both
            Point("Testowa", "3", 52.205, 21.011),      // p-2 → p-1
            Point("Testowa", "3", 52.205, 21.011),      // the same address from a second source: counted once
            Point("Testowa", "5", 52.205, 21.015),      // p-2 in both
            Point("Polna", "2", 52.205, 21.05),         // outside in both
        ]);

        var diff = VersionComparer.Compare(before, after, gazetteer);

        Assert.Equal(4, diff.AddressesCompared);
        Assert.Equal(1, diff.AddressesMoved);
        var move = Assert.Single(diff.Moves);
        Assert.Equal(("Testowa", "3"), (move.Street, move.HouseNumber));
        Assert.Equal(["p-2"], move.Before);
        Assert.Equal(["p-1"], move.After);
        Assert.Equal(1, diff.MovesByChange["p-2→p-1"]);

        var p1 = diff.Areas.Single(a => a.PartnershipId == "p-1");
        var p2 = diff.Areas.Single(a => a.PartnershipId == "p-2");
        Assert.Equal(AreaChangeKind.Changed, p1.Kind);
        Assert.Equal(0, p1.LostHectares);
        // 0.0025° × 0.01° at 52.2°N ≈ 171 m × 1112 m ≈ 19 ha.
        Assert.InRange(p1.GainedHectares, 18.5, 19.5);
        Assert.Equal(p1.GainedHectares, p2.LostHectares, 1);
        Assert.Equal(AreaChangeKind.Unchanged, diff.Areas.Single(a => a.PartnershipId == "p-3").Kind);
        Assert.False(p1.FactsChanged);
    }

    [Fact]
    public void An_added_area_and_changed_facts_are_reported()
    {
        var before = SquareDataset.Create(1, count: 2);
        var grown = SquareDataset.Create(2, count: 3);
        var after = grown with { Partnerships = [grown.Partnerships[0] with { Name = "Nowa nazwa" }, .. grown.Partnerships.Skip(1)] };
        var diff = VersionComparer.Compare(before, after, AddressGazetteer.Empty);
        Assert.Equal(AreaChangeKind.Added, diff.Areas.Single(a => a.PartnershipId == "p-3").Kind);
        Assert.True(diff.Areas.Single(a => a.PartnershipId == "p-1").FactsChanged);
        Assert.Equal("Nowa nazwa", diff.Areas.Single(a => a.PartnershipId == "p-1").Name);
        Assert.Equal(0, diff.AddressesCompared);
    }
}
