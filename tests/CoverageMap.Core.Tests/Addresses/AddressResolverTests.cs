using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Tests.Shared;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Tests.Addresses;

/// <summary>
/// The resolution ladder, one rung a test, over synthetic areas (<see cref="SquareDataset"/>: p-1 | p-2 | p-3 side by
/// side, lon 21.00–21.03, lat 52.20–52.21, all in Żoliborz, borders ±10 m), a small register with real street names,
/// example rules and points (not real data). p-1's own description names Zajączka as a bound.
/// </summary>
public sealed class AddressResolverTests
{
    private static readonly AddressGazetteer Gazetteer = CreateGazetteer();
    private static readonly AddressResolver Resolver = Create();

    private static AddressResolver Create()
    {
        var register = new StreetRegister([
            Street("20593", "Juliusza Słowackiego", "Żoliborz"),
            Street("12966", "Jacka Malczewskiego", "Żoliborz"),
            Street("07220", "Graniczna", "Żoliborz"),
            Street("17740", "Przejazdowa", "Żoliborz"),
            Street("13249", "Adama Mickiewicza", "Żoliborz"),
            Street("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza", "Wesoła"),
            Street("99001", "Daleka", "Wawer"),
            Street("30001", "Polna", "Wawer"),
            Street("30002", "Polna", "Ursus"),
            Street("30003", "Leśna", "Żoliborz"),
            Street("30004", "Leśna", "Żoliborz"),
            Street("25710", "Generała Józefa Zajączka", "Żoliborz"),
            Street("04321", "Elbląska", "Żoliborz"),
            Street("04322", "Krótka", "Żoliborz"),
            Street("04323", "Pusta", "Żoliborz"),
        ]);
        var rules = new StreetRuleSet([new StreetRule("example-even-from-30", "Słowackiego", null, 30, null, NumberParity.Even, "p-1")]);
        var network = new StreetNetwork([
            Line("Jacka Malczewskiego", (52.205, 21.002), (52.205, 21.008)),           // inside p-1
            Line("Daleka", (52.300, 21.200), (52.300, 21.250)),                        // in no area
        ], "test network");
        var squares = SquareDataset.Create();
        var p1 = squares.Partnerships[0] with
        {
            Boundary = new BoundaryDefinition("source", "ulice: Gen. Zajączka, A", [new BoundingStreet("Gen. Zajączka"), new BoundingStreet("A")], [], null),
        };
        var dataset = squares with { Partnerships = [p1, .. squares.Partnerships.Skip(1)] };
        return new AddressResolver(register, rules, Gazetteer, new AreaIndex(dataset), new StreetAreaCoverage(network, dataset.Areas), dataset);
    }

    private static AddressGazetteer CreateGazetteer() =>
        new([
            Point("20593", "Juliusza Słowackiego", "10", 52.205, 21.015),   // p-2
            Point("20593", "Juliusza Słowackiego", "12A", 52.205, 21.025),  // p-3
            Point("20593", "Juliusza Słowackiego", "44", 52.205, 21.015),   // p-2, but a rule gives even ≥ 30 to p-1
            Point("20593", "Juliusza Słowackiego", "3", 52.300, 21.300),    // outside every area
            Point("20593", "Juliusza Słowackiego", "20", 52.205, 21.01),    // exactly on the p-1 | p-2 border
            Point("20593", "Juliusza Słowackiego", "7/9", 52.2052, 21.0152), // a double number, p-2
            // Elbląska: an interior street of p-2, numbers 2–40 on both sides.
            Point("04321", "Elbląska", "2", 52.2020, 21.0150),
            Point("04321", "Elbląska", "8", 52.2040, 21.0150),
            Point("04321", "Elbląska", "40", 52.2080, 21.0150),
            Point("04321", "Elbląska", "5", 52.2030, 21.0152),
            // Graniczna runs along the p-1 | p-2 border: even numbers on the p-1 side, odd on the p-2 side.
            Point("07220", "Graniczna", "2", 52.2020, 21.0096),
            Point("07220", "Graniczna", "4", 52.2030, 21.0096),
            Point("07220", "Graniczna", "1", 52.2020, 21.0104),
            Point("07220", "Graniczna", "3", 52.2030, 21.0104),
            // Krótka: one known point, well inside p-3.
            Point("04322", "Krótka", "1", 52.2050, 21.0250),
            // Przejazdowa crosses p-1 and p-2: 1–9 in p-1, 41–49 in p-2.
            Point("17740", "Przejazdowa", "1", 52.2030, 21.0030),
            Point("17740", "Przejazdowa", "9", 52.2030, 21.0070),
            Point("17740", "Przejazdowa", "41", 52.2030, 21.0130),
            Point("17740", "Przejazdowa", "49", 52.2030, 21.0170),
            Point(null, "Adama Mickiewicza", "10", 52.205, 21.005, AddressSources.Osm), // no street id; two streets share the name
        ]);

    private static RegisteredStreet Street(string id, string fullName, string district) =>
        new(id, "ulica", fullName, StreetRegister.DeriveShortName(fullName), [district], []);

    private static AddressPoint Point(string? streetId, string street, string number, double lat, double lon, string source = AddressSources.Prg) =>
        new(streetId, street, StreetNameNormalizer.Normalize(street).Key, number,
            HouseNumber.TryParse(number, out var n) ? n : throw new ArgumentException(number), null, lat, lon, source, $"{source}-{street}-{number}");

    private static NamedLine Line(string name, (double Lat, double Lon) a, (double Lat, double Lon) b) =>
        new(name, Geo.Factory.CreateLineString([new Coordinate(a.Lon, a.Lat), new Coordinate(b.Lon, b.Lat)]));

    private static string Only(AddressResolution r) => Assert.Single(r.Areas).PartnershipId;

    [Fact]
    public void Rung_a_the_buildings_own_address_point_places_it_with_its_certainty()
    {
        var r = Resolver.Resolve("ul. Słowackiego 10");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(AnswerBasis.AddressPoint, r.Basis);
        Assert.Equal("p-2", Only(r));
        Assert.Equal(AreaRelation.Inside, r.Areas[0].Relation);
        Assert.Equal("20593", r.StreetId);
        Assert.Equal(52.205, r.Latitude);
        Assert.Equal(AnswerNote.AddressPointInside, r.Note);
        // 340 m from the nearest border, which is accurate to ±10 m: more than 25 m + 10 m.
        Assert.Equal(CertaintyLevel.High, r.Certainty.Level);
        Assert.Equal(AddressResolver.PointMetres, r.Certainty.Metres);
    }

    [Fact]
    public void Rung_a_letters_and_double_numbers_match_the_point_of_their_building()
    {
        Assert.Equal("p-3", Only(Resolver.Resolve("Słowackiego 12a")));
        Assert.Equal(AnswerBasis.AddressPoint, Resolver.Resolve("Słowackiego 12 A").Basis);
        var range = Resolver.Resolve("Słowackiego 7-9");
        Assert.Equal(AnswerBasis.AddressPoint, range.Basis);
        Assert.Equal("p-2", Only(range));
        Assert.Equal(AnswerBasis.AddressPoint, Resolver.Resolve("Słowackiego 7/9").Basis);
    }

    [Fact]
    public void A_street_rule_wins_over_the_polygon_for_the_addresses_it_names()
    {
        var r = Resolver.Resolve("Juliusza Słowackiego 44");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(AnswerBasis.StreetRule, r.Basis);
        Assert.Equal("p-1", Only(r));
        Assert.Equal(["example-even-from-30"], r.RuleIds);
    }

    [Fact]
    public void Rung_a_an_address_point_outside_every_area_says_so()
    {
        var r = Resolver.Resolve("Słowackiego 3, 01-627 Warszawa");

        Assert.Equal(AddressResolutionStatus.NoPartnership, r.Status);
        Assert.Equal(AnswerBasis.AddressPoint, r.Basis);
        Assert.Empty(r.Areas);
    }

    [Fact]
    public void Boundary_rule_an_address_point_on_a_shared_border_lists_both_on_the_border_with_low_certainty()
    {
        var r = Resolver.Resolve("Słowackiego 20");

        Assert.Equal(AddressResolutionStatus.Multiple, r.Status);
        Assert.Equal(["p-1", "p-2"], r.Areas.Select(p => p.PartnershipId).Order());
        Assert.All(r.Areas, p => Assert.Equal(AreaRelation.OnBorder, p.Relation));
        Assert.Equal(CertaintyLevel.Low, r.Certainty.Level);
        Assert.Contains(SettleHint.PointOnMap, r.Settle);
    }

    [Fact]
    public void Rung_b_interpolation_between_the_nearest_numbers_on_the_same_side()
    {
        var r = Resolver.Resolve("Elbląska 20");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(AnswerBasis.Interpolation, r.Basis);
        Assert.Equal("p-2", Only(r));
        Assert.Equal(["8", "40"], r.Evidence);
        // Placed between 8 (52.204) and 40 (52.208) in proportion to the numbers.
        Assert.InRange(r.Latitude!.Value, 52.2055, 52.2058);
        // The gap is 445 m: the house may be ~250 m from where it is placed, so the answer is no more than medium.
        Assert.InRange(r.Certainty.Metres, 240, 260);
        Assert.NotEqual(CertaintyLevel.High, r.Certainty.Level);
    }

    [Fact]
    public void Rung_b_is_not_used_when_the_neighbours_lie_in_different_areas()
    {
        var r = Resolver.Resolve("Przejazdowa 25"); // midway between 9 (p-1) and 41 (p-2): nothing says which stretch

        Assert.NotEqual(AnswerBasis.Interpolation, r.Basis);
        Assert.NotEqual(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(AnswerBasis.StreetStretch, r.Basis);
        Assert.Equal(["p-1", "p-2"], r.Areas.Select(a => a.PartnershipId).Order());
        Assert.Equal(AnswerNote.StretchUnknown, r.Note);
    }

    [Fact]
    public void Rung_c_every_known_point_of_the_street_in_one_area()
    {
        var r = Resolver.Resolve("Elbląska 3");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(AnswerBasis.Street, r.Basis);
        Assert.Equal("p-2", Only(r));
        Assert.Equal(["4"], r.Evidence);
        Assert.Equal(CertaintyLevel.Medium, r.Certainty.Level);
    }

    [Fact]
    public void Rung_c_a_single_known_point_is_trusted_only_for_numbers_near_it_and_then_with_low_certainty()
    {
        var near = Resolver.Resolve("Krótka 5");
        Assert.Equal(AnswerBasis.Street, near.Basis);
        Assert.Equal("p-3", Only(near));
        Assert.Equal(CertaintyLevel.Low, near.Certainty.Level);

        Assert.NotEqual(AddressResolutionStatus.Resolved, Resolver.Resolve("Krótka 99").Status);
    }

    [Fact]
    public void Rung_c_a_street_inside_one_area_by_its_lines_alone()
    {
        var r = Resolver.Resolve("Malczewskiego 44a");

        Assert.Equal(AddressResolutionStatus.Resolved, r.Status);
        Assert.Equal(AnswerBasis.Street, r.Basis);
        Assert.Equal("p-1", Only(r));
        Assert.InRange(r.Areas[0].LengthInsideMetres!.Value, 350, 420);
    }

    [Fact]
    public void Rung_d_on_a_border_street_the_side_of_the_number_decides()
    {
        var even = Resolver.Resolve("Graniczna 6");
        Assert.Equal(AddressResolutionStatus.Resolved, even.Status);
        Assert.Equal(AnswerBasis.StreetSide, even.Basis);
        Assert.Equal("p-1", Only(even));
        Assert.Equal(AnswerNote.SideDecides, even.Note);

        var odd = Resolver.Resolve("Graniczna 5");
        Assert.Equal(AnswerBasis.StreetSide, odd.Basis);
        Assert.Equal("p-2", Only(odd));
    }

    [Fact]
    public void Rung_d_a_street_on_several_stretches_the_number_picks_the_stretch()
    {
        var low = Resolver.Resolve("Przejazdowa 5");
        Assert.Equal(AddressResolutionStatus.Resolved, low.Status);
        Assert.Equal("p-1", Only(low));

        var high = Resolver.Resolve("Przejazdowa 45");
        Assert.Equal(AddressResolutionStatus.Resolved, high.Status);
        Assert.Equal("p-2", Only(high));

        var street = Resolver.Resolve("Przejazdowa");
        Assert.Equal(AddressResolutionStatus.Multiple, street.Status);
        Assert.Contains(SettleHint.HouseNumber, street.Settle);
    }

    [Fact]
    public void Rung_e_a_street_the_registry_names_as_a_bound_is_reported_as_bounding_it()
    {
        var r = Resolver.Resolve("gen. Zajączka 7");

        Assert.Equal(AddressResolutionStatus.Multiple, r.Status);
        Assert.Equal(AnswerBasis.Registry, r.Basis);
        var hit = Assert.Single(r.Areas);
        Assert.Equal("p-1", hit.PartnershipId);
        Assert.Equal(AreaRelation.AlongBorder, hit.Relation);
        Assert.True(r.OutsideAlsoPossible);
        Assert.Equal(CertaintyLevel.Low, r.Certainty.Level);
        Assert.Contains(SettleHint.PointOnMap, r.Settle);
    }

    [Fact]
    public void Rung_f_nothing_definite_says_what_would_settle_it()
    {
        var r = Resolver.Resolve("Pusta 3");

        Assert.Equal(AddressResolutionStatus.NoData, r.Status);
        Assert.Equal(AnswerBasis.None, r.Basis);
        Assert.Equal(CertaintyLevel.None, r.Certainty.Level);
        Assert.Equal([SettleHint.PointOnMap], r.Settle);
    }

    [Fact]
    public void A_street_in_districts_no_partnership_serves_lies_in_no_area()
    {
        var r = Resolver.Resolve("Daleka 1");

        Assert.Equal(AddressResolutionStatus.NoPartnership, r.Status);
        Assert.Equal(AnswerBasis.Street, r.Basis);
        Assert.Equal(AnswerNote.OtherDistrict, r.Note);
        Assert.Equal(["Wawer"], r.Evidence);
    }

    [Fact]
    public void A_shared_name_with_one_namesake_in_a_served_district_is_answered_for_it_and_says_so()
    {
        var r = Resolver.Resolve("Mickiewicza 10");

        Assert.True(r.AssumedNamesake);
        Assert.Equal("13249", r.StreetId);
        Assert.Equal(["Żoliborz"], r.StreetDistricts);
        Assert.Equal("ulica-adama-mickiewicza-wesola", Assert.Single(r.Alternatives).StreetId);
        // The id-less point lies in p-1, a Żoliborz partnership: it is attributed to Żoliborz's Mickiewicza.
        Assert.Equal(AnswerBasis.AddressPoint, r.Basis);
        Assert.Equal("p-1", Only(r));
    }

    [Fact]
    public void A_district_chooses_the_namesake()
    {
        var wesola = Resolver.Resolve("Mickiewicza 10", "Wesoła");

        Assert.Equal("ulica-adama-mickiewicza-wesola", wesola.StreetId);
        Assert.False(wesola.AssumedNamesake);
        Assert.Equal(AddressResolutionStatus.NoPartnership, wesola.Status);
        Assert.Equal(AnswerNote.OtherDistrict, wesola.Note);
    }

    [Fact]
    public void A_shared_name_whose_namesakes_all_lie_where_no_partnership_works_is_answered_as_such()
    {
        var r = Resolver.Resolve("Polna 4");

        Assert.Equal(AddressResolutionStatus.NoPartnership, r.Status);
        Assert.Equal(AnswerNote.OtherDistrict, r.Note);
        Assert.Equal(["Wawer, Ursus"], r.Evidence);
        Assert.Equal(["30001", "30002"], r.Alternatives.Select(a => a.StreetId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_shared_name_with_several_namesakes_in_served_districts_lists_each_with_its_own_answer()
    {
        var r = Resolver.Resolve("Leśna 4");

        Assert.Equal(AddressResolutionStatus.AmbiguousStreet, r.Status);
        Assert.Equal(AnswerBasis.None, r.Basis);
        Assert.Equal(["30003", "30004"], r.Alternatives.Select(a => a.StreetId).Order(StringComparer.Ordinal));
        Assert.All(r.Alternatives, a => Assert.Equal(AddressResolutionStatus.NoData, a.Answer!.Status));
        Assert.Equal([SettleHint.District, SettleHint.Postcode], r.Settle);
    }

    [Fact]
    public void An_unknown_street_is_not_found_and_nothing_is_guessed()
    {
        var r = Resolver.Resolve("Nieistniejąca 5");

        Assert.Equal(AddressResolutionStatus.StreetNotFound, r.Status);
        Assert.Empty(r.Areas);
        Assert.Equal(CertaintyLevel.None, r.Certainty.Level);
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

        Assert.Equal(AnswerBasis.AddressPoint, r.Basis);
        Assert.Equal("p-3", Only(r));
        Assert.Equal("12A", r.HouseNumber);
    }

    [Fact]
    public void Leaving_out_the_buildings_own_point_falls_to_the_next_rung()
    {
        var (start, end) = Gazetteer.PointsOf(Assert.Single(Gazetteer.StreetsWithId("04321")));
        int eight = Enumerable.Range(start, end - start).Single(p => Gazetteer.HouseNumberAt(p) == "8");

        Assert.Equal(AnswerBasis.AddressPoint, Resolver.Resolve("Elbląska 8").Basis);
        var r = Resolver.ResolveLeavingOut("Elbląska 8", null, p => p == eight);
        Assert.Equal(AnswerBasis.Interpolation, r.Basis);
        Assert.Equal(["2", "40"], r.Evidence);
        Assert.Equal("p-2", Only(r));
    }
}
