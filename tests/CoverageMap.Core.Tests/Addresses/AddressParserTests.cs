using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;
using CoverageMap.Core.Tests.Streets;

namespace CoverageMap.Core.Tests.Addresses;

public class AddressParserTests
{
    private readonly AddressParser _parser = new(RealStreetRegister.Instance);

    private ParsedAddress Parse(string input, string? district = null)
    {
        var result = _parser.Parse(input, district);
        Assert.True(result.IsSuccess, $"'{input}': {result.Error?.Code}");
        Assert.Null(result.Error);
        return result.Address!;
    }

    [Theory]
    // street (id), number text, house number, unit
    [InlineData("ul. Gen. J. Zajączka 7 m. 12, 01-518 Warszawa", "25416", "7", "7", "12")]
    [InlineData("Gen. Zajączka 7", "25416", "7", "7", null)]
    [InlineData("gen zajaczka 7", "25416", "7", "7", null)]
    [InlineData("Generała Józefa Zajączka 7 m 12", "25416", "7", "7", "12")]
    [InlineData("Zajączka 7/12", "25416", "7/12", "7", "12")]
    [InlineData("ul.Zajączka 7", "25416", "7", "7", null)]
    [InlineData("Zajączka 7 m.12", "25416", "7", "7", "12")]
    [InlineData("al. Armii Krajowej 12A", "aleja-armii-krajowej", "12A", "12A", null)]
    [InlineData("Aleja Armii Krajowej 12a, Warszawa", "aleja-armii-krajowej", "12a", "12A", null)]
    [InlineData("Trasa AK 3", "aleja-armii-krajowej", "3", "3", null)]
    [InlineData("Krasinskiego 24 lok 3", "ulica-zygmunta-krasinskiego", "24", "24", "3")]
    [InlineData("Krasińskiego 24 lok. 3", "ulica-zygmunta-krasinskiego", "24", "24", "3")]
    [InlineData("Krasińskiego 24/3", "ulica-zygmunta-krasinskiego", "24/3", "24", "3")]
    [InlineData("ul. Zygmunta Krasińskiego 24, 01-615 Warszawa", "ulica-zygmunta-krasinskiego", "24", "24", null)]
    [InlineData("Popiełuszki 5 m 3", "17149", "5", "5", "3")]
    [InlineData("ks. Jerzego Popiełuszki 5", "17149", "5", "5", null)]
    [InlineData("popieluszki 5", "17149", "5", "5", null)]
    [InlineData("Broniewskiego 44a, 01-780 Warszawa", "ulica-wladyslawa-broniewskiego", "44a", "44A", null)]
    [InlineData("Słowackiego 15/19, 01-627 Warszawa", "ulica-juliusza-slowackiego", "15/19", "15/19", null)]
    [InlineData("slowackiego 15, 01-592", "ulica-juliusza-slowackiego", "15", "15", null)]
    [InlineData("Słowackiego 12/14 m. 5, 01-627", "ulica-juliusza-slowackiego", "12/14", "12/14", "5")]
    [InlineData("Mickiewicza 27, 01-625 Warszawa", "ulica-adama-mickiewicza", "27", "27", null)]
    [InlineData("Mickiewicza 27, 05-077 Warszawa", "ulica-adama-mickiewicza-wesola", "27", "27", null)]
    [InlineData("ul. Malczewskiego 44a, 02-622 Warszawa", "ulica-antoniego-malczewskiego", "44a", "44A", null)]
    [InlineData("Malczewskiego 44 A", "ulica-antoniego-malczewskiego", "44A", "44A", null)]
    [InlineData("Puławska 100", "ulica-pulawska", "100", "100", null)]
    [InlineData("pulawska 100/102", "ulica-pulawska", "100/102", "100/102", null)]
    [InlineData("Woronicza 17", "ulica-jana-pawla-woronicza", "17", "17", null)]
    [InlineData("Racławicka 99, Warsaw", "ulica-raclawicka", "99", "99", null)]
    [InlineData("Dolna 2", "ulica-dolna", "2", "2", null)]
    [InlineData("Wołoska 137", "ulica-woloska", "137", "137", null)]
    [InlineData("woloska 137", "ulica-woloska", "137", "137", null)]
    [InlineData("Wybrzeże Gdyńskie 6", "ulica-wybrzeze-gdynskie", "6", "6", null)]
    [InlineData("ul. Wybrzeże Gdyńskie 6B", "ulica-wybrzeze-gdynskie", "6B", "6B", null)]
    [InlineData("Mierosławskiego 3", "ulica-ludwika-mieroslawskiego", "3", "3", null)]
    [InlineData("Krajewskiego 2", "ulica-rafala-krajewskiego", "2", "2", null)]
    [InlineData("Włościańska 52", "ulica-wloscianska", "52", "52", null)]
    [InlineData("Powązkowska 44c", "ulica-powazkowska", "44c", "44C", null)]
    [InlineData("Potocka 14", "ulica-potocka", "14", "14", null)]
    [InlineData("pl. Wilsona 1", "plac-thomasa-woodrowa-wilsona", "1", "1", null)]
    [InlineData("Plac Wilsona 2, Warszawa", "plac-thomasa-woodrowa-wilsona", "2", "2", null)]
    [InlineData("11 Listopada 22", "ulica-11-listopada", "22", "22", null)]
    [InlineData("Dywizjonu 303 7", "ulica-dywizjonu-303", "7", "7", null)]
    [InlineData("Bitwy Warszawskiej 1920 r. 10", "01389", "10", "10", null)]
    [InlineData("01-518 Warszawa, Gen. Zajączka 7", "25416", "7", "7", null)]
    [InlineData("  ul.   Dolna   2  ", "ulica-dolna", "2", "2", null)]
    public void Parses_real_world_forms(string input, string streetId, string numberText, string house, string? unit)
    {
        var a = Parse(input);
        Assert.Equal(streetId, a.Street?.Id);
        Assert.Equal(numberText, a.HouseNumberText);
        Assert.Equal(house, a.HouseNumber.ToString());
        Assert.Equal(unit, a.Unit);
        Assert.True(a.Confidence > 0);
    }

    [Fact]
    public void Takes_the_full_example_apart()
    {
        var a = Parse("ul. Gen. J. Zajączka 7 m. 12, 01-518 Warszawa");
        Assert.Equal("ul. Gen. J. Zajączka", a.StreetText);
        Assert.Equal("Generała Józefa Zajączka", a.Street!.FullName);
        Assert.Equal(StreetMatchKind.Exact, a.Match);
        Assert.Equal(1.0, a.Confidence);
        Assert.Equal("01-518", a.Postcode);
        Assert.Equal("Warszawa", a.City);
        Assert.Equal(7, a.HouseNumber.Number);
        Assert.Equal(SlashReading.None, a.Slash);
        Assert.Empty(a.Alternatives);
    }

    [Fact]
    public void Slash_with_a_lower_second_number_is_a_flat()
    {
        var a = Parse("Krasińskiego 24/3");
        Assert.Equal((SlashReading.Unit, "24/3", 24, (int?)null, "3"), (a.Slash, a.HouseNumberText, a.HouseNumber.Number, a.HouseNumber.Second, a.Unit));
        Assert.Contains(a.Notes, n => n.Contains("flat 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Slash_with_a_near_higher_number_of_the_same_parity_is_a_double_number()
    {
        var a = Parse("Słowackiego 15/19", "Żoliborz");
        Assert.Equal((SlashReading.DoubleNumber, "15/19", 15, (int?)19, (string?)null), (a.Slash, a.HouseNumber.Raw, a.HouseNumber.Number, a.HouseNumber.Second, a.Unit));
        Assert.False(a.HouseNumber.IsEven);
        Assert.Contains(a.Notes, n => n.Contains("double number", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dolna 5/8", SlashReading.Unit)]       // different parity
    [InlineData("Dolna 5/27", SlashReading.Unit)]      // too far apart for one building
    [InlineData("Dolna 12/14", SlashReading.DoubleNumber)]
    [InlineData("Dolna 7-9", SlashReading.DoubleNumber)]
    [InlineData("Dolna 24/3 m. 1", SlashReading.DoubleNumber)] // explicit flat: the slash is part of the number
    public void The_slash_rule(string input, SlashReading reading) => Assert.Equal(reading, Parse(input).Slash);

    [Fact]
    public void Missing_diacritics_lower_the_confidence()
    {
        var a = Parse("Krasinskiego 24 lok 3");
        Assert.Equal((StreetMatchKind.DiacriticFree, 0.9), (a.Match, a.Confidence));
    }

    [Fact]
    public void A_declined_form_resolves_with_lower_confidence()
    {
        var a = Parse("Potockiej 14");
        Assert.Equal(("ulica-potocka", StreetMatchKind.Inflected), (a.Street?.Id, a.Match));
        Assert.True(a.Confidence is < 1 and > 0.7);
    }

    [Fact]
    public void A_misspelling_resolves_fuzzily_when_one_street_is_nearest()
    {
        var a = Parse("Mickewicza 27, 01-625 Warszawa");
        Assert.Equal(("ulica-adama-mickiewicza", StreetMatchKind.Fuzzy, 0.7), (a.Street?.Id, a.Match, a.Confidence));
        Assert.Equal("Mickewicza", a.StreetText);
    }

    [Fact]
    public void A_misspelling_shared_by_two_streets_is_ambiguous_not_guessed()
    {
        var a = Parse("Mickewicza 27");
        Assert.Null(a.Street);
        Assert.Equal(StreetMatchKind.Ambiguous, a.Match);
        Assert.Equal(0, a.Confidence);
        Assert.Contains(a.Alternatives, s => s.Id == "ulica-adama-mickiewicza");
        Assert.Contains(a.Alternatives, s => s.Id == "ulica-adama-mickiewicza-wesola");
    }

    [Fact]
    public void An_ambiguous_street_lists_every_candidate()
    {
        var a = Parse("Mickiewicza 27");
        Assert.Null(a.Street);
        Assert.Equal(StreetMatchKind.Ambiguous, a.Match);
        Assert.Equal(["ulica-adama-mickiewicza", "ulica-adama-mickiewicza-wesola"], a.Alternatives.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(27, a.HouseNumber.Number);
    }

    [Fact]
    public void A_district_resolves_an_ambiguous_street() =>
        Assert.Equal("ulica-adama-mickiewicza", Parse("Mickiewicza 27", "Żoliborz").Street?.Id);

    [Fact]
    public void An_unknown_street_is_parsed_but_unresolved()
    {
        var a = Parse("Qwxzykowa 5");
        Assert.Null(a.Street);
        Assert.Equal((StreetMatchKind.NotFound, 0.0, "Qwxzykowa", 5), (a.Match, a.Confidence, a.StreetText, a.HouseNumber.Number));
    }

    [Theory]
    [InlineData("", AddressParseErrorCode.Empty, null)]
    [InlineData("   ", AddressParseErrorCode.Empty, null)]
    [InlineData("Mickiewicza", AddressParseErrorCode.NoHouseNumber, null)]
    [InlineData("ul. Gen. Zajączka, 01-518 Warszawa", AddressParseErrorCode.NoHouseNumber, null)]
    [InlineData("12/14", AddressParseErrorCode.NoStreet, null)]
    [InlineData("01-518 Warszawa", AddressParseErrorCode.NoStreet, null)]
    [InlineData("Dolna 12ABC", AddressParseErrorCode.InvalidHouseNumber, "12ABC")]
    [InlineData("Dolna 123456", AddressParseErrorCode.InvalidHouseNumber, "123456")]
    public void Reports_what_is_wrong_as_a_code_and_the_part_at_fault(string input, AddressParseErrorCode code, string? detail)
    {
        var result = _parser.Parse(input);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Address);
        Assert.Equal((code, detail), (result.Error!.Code, result.Error.Detail));
    }

    [Theory]
    [InlineData("Słowackiego\u0000 5")]
    [InlineData("\u0000")]
    [InlineData("Słowackiego 5\u001b[2J")]
    [InlineData("Słowackiego\u007f 5")]
    public void Input_with_a_control_character_is_an_error_not_a_street_name(string input) =>
        Assert.Equal(AddressParseErrorCode.ControlCharacter, _parser.Parse(input).Error?.Code);

    [Fact]
    public void A_tab_or_line_break_is_a_space() =>
        Assert.True(_parser.Parse("Słowackiego\t5").IsSuccess);

    [Fact]
    public void Too_long_input_is_an_error() =>
        Assert.Equal(AddressParseErrorCode.TooLong, _parser.Parse(new string('a', AddressParser.MaxLength) + " 5").Error?.Code);

    [Fact]
    public void Ignored_text_is_noted()
    {
        var a = Parse("ul. Malczewskiego 44a lokal MOKOTOWO");
        Assert.Equal(("ulica-antoniego-malczewskiego", "MOKOTOWO"), (a.Street?.Id, a.Unit));
        var b = Parse("Dolna 2 parter");
        Assert.Contains(b.Notes, n => n.Contains("parter", StringComparison.Ordinal));
    }
}
