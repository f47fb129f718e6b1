using CoverageMap.Core.Addresses;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Addresses;

/// <summary>
/// The resolver over synthetic areas (<see cref="SquareDataset"/>: p-1 | p-2 | p-3 side by side, lon 21.00–21.03,
/// lat 52.20–52.21), a small register with real street names, example rules and points (not real data).
/// </summary>
public sealed class AddressResolverTests
{
    private static readonly AddressResolver Resolver = Create();

    private static AddressResolver Create(bool withDistricts = false)
    {
        var register = new StreetRegister([
            Street("20593", "Juliusza Słowackiego", "Żoliborz"),
            Street("12966", "Jacka Malczewskiego", "Mokotów"),
            Street("07220", "Graniczna", "Śródmieście"),
            Street("17740", "Przejazdowa", "Ursus"),
            Street("13249", "Adama Mickiewicza", "Żoliborz"),
            Street("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza", "Wesoła"),
            Street("99001", "Daleka", "Wawer"),
        ]);
        var rules = new StreetRuleSet([new StreetRule("example-even-from-30", "Słowackiego", null, 30, null, NumberParity.Even, "p-1")]);
        var gazetteer = new AddressGazetteer([
            Point("20593", "Juliusza Słowackiego", "10", 52.205, 21.015),   // p-2
            Point("20593", "Juliusza Słowackiego", "12A", 52.205, 21.025),  // p-3
            Point("20593", "Juliusza Słowackiego", "44", 52.205, 21.015),   // p-2, but a rule gives even ≥ 30 to p-1
            Point("20593", "Juliusza Słowackiego", "3", 52.300, 21.300),    // outside every area
            Point("20593", "Juliusza Słowackiego", "20", 52.205, 21.01),    // exactly on the p-1 | p-2 border
            Point(null, "Adama Mickiewicza", "10", 52.205, 21.005, AddressSources.Osm), // no street id, and two streets share the name
        ]);
        var network = new StreetNetwork([
            Line("Graniczna", (52.201, 21.01), (52.209, 21.01)),                        // along the p-1 | p-2 border
            Line("Jacka Malczewskiego", (52.205, 21.002), (52.205, 21.008)),           // inside p-1
            Line("Przejazdowa", (52.203, 21.003), (52.203, 21.027)),                   // across p-1, p-2, p-3
            Line("Daleka", (52.300, 21.200), (52.300, 21.250)),                        // in no area
            Line("Adama Mickiewicza", (52.204, 21.001), (52.204, 21.009)),
        ], "test network");
        var dataset = SquareDataset.Create();
        return new AddressResolver(register, rules, gazetteer, new AreaIndex(dataset), new StreetAreaCoverage(network, dataset.Areas),
            withDistricts ? dataset.Partnerships.ToDictionary(p => p.Id, p => p.District) : null);
    }

    private static RegisteredStreet Street(string id, string fullName, string district) =>
        new(id, "ulica", fullName, StreetRegister.DeriveShortName(fullName), [district], []);

    private static AddressPoint Point(string? streetId, string street, string number, double lat, double lon, string source = AddressSources.Prg) =>
        new(streetId, street, StreetNameNormalizer.Normalize(street).Key, number,
            HouseNumber.TryParse(number, out var n) ? n : throw new ArgumentException(number), null, lat, lon, source, $"{source}-{street}-{number}");

    private static NamedLine Line(string name, (double Lat, double Lon) a, (double Lat, double Lon) b) =>
        new(name, Geo.Factory.CreateLineString([new Coordinate(a.Lon, a.Lat), new Coordinate(b.Lon, b.Lat)]));

    [Fact]
    public void An_address_point_places_the_address_in_its_area()
    {
        var r = Resolver.Resolve("ul. Słowackiego 10");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(ResolutionBasis.AddressPoint, r.Basis);
        Assert.Equal("p-2", Assert.Single(r.Partnerships).PartnershipId);
        Assert.Equal("20593", r.StreetId);
        Assert.Equal(52.205, r.Latitude);
    }

    [Fact]
    public void Letters_are_part_of_the_address_point_key()
    {
        Assert.Equal("p-3", Assert.Single(Resolver.Resolve("Słowackiego 12a").Partnerships).PartnershipId);
        Assert.Equal(ResolutionBasis.AddressPoint, Resolver.Resolve("Słowackiego 12 A").Basis);
    }

    [Fact]
    public void A_street_rule_wins_over_the_polygon_for_the_addresses_it_names()
    {
        var r = Resolver.Resolve("Juliusza Słowackiego 44");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(ResolutionBasis.StreetRule, r.Basis);
        Assert.Equal("p-1", Assert.Single(r.Partnerships).PartnershipId);
        Assert.Equal(["example-even-from-30"], r.RuleIds);
    }

    [Fact]
    public void An_address_point_outside_every_area_says_so()
    {
        var r = Resolver.Resolve("Słowackiego 3, 01-627 Warszawa");

        Assert.Equal(AddressResolutionStatus.NoPartnership, r.Status);
        Assert.Equal(ResolutionBasis.AddressPoint, r.Basis);
        Assert.Empty(r.Partnerships);
    }

    [Fact]
    public void An_address_point_on_a_shared_border_returns_both_partnerships_on_the_boundary()
    {
        var r = Resolver.Resolve("Słowackiego 20");

        Assert.Equal(AddressResolutionStatus.Multiple, r.Status);
        Assert.Equal(["p-1", "p-2"], r.Partnerships.Select(p => p.PartnershipId).Order());
        Assert.All(r.Partnerships, p => Assert.True(p.OnBoundary));
    }

    [Fact]
    public void Without_an_address_point_a_street_inside_one_area_answers_at_street_level()
    {
        var r = Resolver.Resolve("Malczewskiego 44a");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(ResolutionBasis.StreetLevel, r.Basis);
        Assert.False(r.BorderStreet);
        var p = Assert.Single(r.Partnerships);
        Assert.Equal("p-1", p.PartnershipId);
        Assert.InRange(p.LengthInsideMetres!.Value, 350, 420); // 0.006° of longitude at 52.2° ≈ 409 m, less the border margins
    }

    [Fact]
    public void A_street_on_the_border_of_two_areas_gives_both_and_says_it_is_a_border_street()
    {
        var r = Resolver.Resolve("Graniczna 5");

        Assert.Equal(AddressResolutionStatus.Multiple, r.Status);
        Assert.Equal(ResolutionBasis.StreetLevel, r.Basis);
        Assert.True(r.BorderStreet);
        Assert.Equal(["p-1", "p-2"], r.Partnerships.Select(p => p.PartnershipId).Order());
        Assert.All(r.Partnerships, p =>
        {
            Assert.True(p.OnBoundary);
            Assert.InRange(p.LengthOnBorderMetres!.Value, 850, 900); // 0.008° of latitude ≈ 890 m
            Assert.Equal(0, p.LengthInsideMetres);
        });
        Assert.Contains("border", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_street_without_a_number_gets_a_street_level_answer()
    {
        var r = Resolver.Resolve("Graniczna");

        Assert.Equal(ResolutionBasis.StreetLevel, r.Basis);
        Assert.True(r.BorderStreet);
        Assert.Null(r.HouseNumber);
    }

    [Fact]
    public void A_street_crossing_several_areas_lists_them_with_lengths_and_is_not_a_border_street()
    {
        var r = Resolver.Resolve("Przejazdowa 7");

        Assert.Equal(AddressResolutionStatus.Multiple, r.Status);
        Assert.False(r.BorderStreet);
        Assert.Equal(["p-1", "p-2", "p-3"], r.Partnerships.Select(p => p.PartnershipId).Order());
        Assert.All(r.Partnerships, p => Assert.True(p.LengthInsideMetres > 400));
    }

    [Fact]
    public void A_street_in_no_area_says_so()
    {
        var r = Resolver.Resolve("Daleka 1");

        Assert.Equal(AddressResolutionStatus.NoPartnership, r.Status);
        Assert.Equal(ResolutionBasis.StreetLevel, r.Basis);
    }

    [Fact]
    public void An_ambiguous_street_returns_the_alternatives_and_no_answer()
    {
        var r = Resolver.Resolve("Mickiewicza 10");

        Assert.Equal(AddressResolutionStatus.AmbiguousStreet, r.Status);
        Assert.Null(r.Basis);
        Assert.Empty(r.Partnerships);
        Assert.Equal(["13249", "ulica-adama-mickiewicza-wesola"], r.Alternatives.Select(a => a.StreetId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_shared_street_name_is_not_placed_by_id_less_points_or_named_lines()
    {
        // The postcode picks Żoliborz's Mickiewicza; the only point (OSM, no id) and the line could be Wesoła's.
        var r = Resolver.Resolve("Mickiewicza 10, 01-625 Warszawa");

        Assert.Equal(AddressResolutionStatus.NoData, r.Status);
        Assert.Equal("13249", r.StreetId);
        Assert.Empty(r.Partnerships);
    }

    [Fact]
    public void Named_lines_of_a_shared_name_serve_the_street_whose_district_their_areas_are_in_and_not_its_namesake()
    {
        // The areas are Żoliborz's partnerships: the line of Mickiewicza inside p-1 can only be Żoliborz's Mickiewicza.
        var resolver = Create(withDistricts: true);

        var zoliborz = resolver.Resolve("Mickiewicza 10", "Żoliborz");
        Assert.Equal(AddressResolutionStatus.Resolved, zoliborz.Status);
        Assert.Equal(ResolutionBasis.StreetLevel, zoliborz.Basis);   // the id-less OSM point is still not used
        Assert.Equal("13249", zoliborz.StreetId);
        Assert.Equal(["p-1"], zoliborz.Partnerships.Select(p => p.PartnershipId));

        var wesola = resolver.Resolve("Mickiewicza 10", "Wesoła");
        Assert.Equal(AddressResolutionStatus.NoData, wesola.Status);
        Assert.Equal("ulica-adama-mickiewicza-wesola", wesola.StreetId);
        Assert.Empty(wesola.Partnerships);

        Assert.Equal(AddressResolutionStatus.AmbiguousStreet, resolver.Resolve("Mickiewicza 10").Status);   // still never guessed
    }

    [Fact]
    public void An_unknown_street_is_not_found_and_nothing_is_guessed()
    {
        var r = Resolver.Resolve("Nieistniejąca 5");

        Assert.Equal(AddressResolutionStatus.StreetNotFound, r.Status);
        Assert.Empty(r.Partnerships);
    }

    [Fact]
    public void Text_that_is_not_an_address_is_unparseable()
    {
        Assert.Equal(AddressResolutionStatus.Unparseable, Resolver.Resolve("").Status);
        Assert.Equal(AddressResolutionStatus.Unparseable, Resolver.Resolve("Słowackiego 0").Status);
    }

    [Fact]
    public void Street_and_number_columns_resolve_like_the_typed_address()
    {
        var r = Resolver.Resolve("Słowackiego", "12A", null);

        Assert.Equal(ResolutionBasis.AddressPoint, r.Basis);
        Assert.Equal("p-3", Assert.Single(r.Partnerships).PartnershipId);
        Assert.Equal("12A", r.HouseNumber);
    }
}
