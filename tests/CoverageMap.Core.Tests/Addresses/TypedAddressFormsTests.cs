using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Addresses;

/// <summary>
/// The address forms people and the city's own lists really type ("Addresses that answer", part 4), against a tiny
/// inline register: surnames without given names, initials and titles, any letter case, ranges and double numbers,
/// trailing descriptions, postcodes and Wesoła's namesakes.
/// </summary>
public sealed class TypedAddressFormsTests
{
    private static readonly StreetRegister Register = StreetRegister.Parse(new StringReader("""
        Ulica Poli Gojawiczyńskiej/Żoliborz/Sady Żoliborskie
        Ulica Mahatmy Gandhiego/Mokotów/Wierzbno
        Ulica Indiry Gandhi/Ursynów/Ursynów Centrum
        Ulica Rabindranatha Tagore/Mokotów/Wierzbno
        Ulica Jana Chryzostoma Paska/Żoliborz/Marymont-Potok
        Ulica Juliana Bruna/Mokotów/Stary Mokotów
        Ulica Generała Józefa Zajączka/Żoliborz/Stary Żoliborz
        Ulica Zajączkowska/Mokotów/Sielce
        Ulica Puławska/Mokotów,Śródmieście/Wierzbno
        Ulica Wołoska/Mokotów/Wierzbno
        Ulica Częstochowska/Ochota/Stara Ochota
        Ulica Bolesława Prusa/Śródmieście/Śródmieście Południowe
        Ulica Bolesława Prusa(Wesoła)/Wesoła/Groszówka
        Ulica Markowska/Praga Północ/Stara Praga
        Ulica Białostocka/Praga Północ/Stara Praga
        Aleja Generała Antoniego Chruściela "Montera"/Rembertów/Stary Rembertów
        Ulica Franciszka Klimczaka/Wilanów/Błonia Wilanowskie
        Ulica Stanisława Herbsta/Ursynów/Ursynów Północny
        Ulica Marii Rodziewiczówny/Praga Południe/Gocław
        Ulica Marii Rodziewiczówny(Wesoła)/Wesoła/Stara Miłosna
        Ulica Jana Nowaka-Jeziorańskiego/Praga Południe/Gocław
        Ulica Zygmunta Krasińskiego/Żoliborz/Stary Żoliborz
        Aleja Armii Ludowej/Śródmieście/Ujazdów
        Aleje Jerozolimskie/Śródmieście/Śródmieście Południowe
        Plac Inwalidów/Żoliborz/Stary Żoliborz
        Ulica Księdza Jerzego Popiełuszki/Żoliborz/Sady Żoliborskie
        Ulica Wybrzeże Gdyńskie/Żoliborz/Marymont-Potok
        Ulica Kaliny Jędrusik/Żoliborz/Sady Żoliborskie
        Ulica Lwa Tołstoja/Bielany/Wawrzyszew
        Ulica Aleksieja Tołstoja/Wola/Koło
        Ulica Jana i Jędrzeja Śniadeckich/Śródmieście/Śródmieście Południowe
        Aleja Jana Pawła II/Śródmieście/Mirów
        Ulica Przy Agorze/Bielany/Wrzeciono
        Ulica 1 Sierpnia/Włochy/Okęcie
        """.Replace("        ", "")));

    private static readonly AddressParser Parser = new(Register);

    private static ParsedAddress Parse(string input)
    {
        var result = Parser.Parse(input);
        Assert.True(result.IsSuccess, $"'{input}': {result.Error?.Code}");
        return result.Address!;
    }

    [Theory]
    [InlineData("Gojawiczyńskiej 11", "Poli Gojawiczyńskiej", "11")]
    [InlineData("ul. Gandhiego 14", "Mahatmy Gandhiego", "14")]
    [InlineData("ul. Tagore`a 3", "Rabindranatha Tagore", "3")]
    [InlineData("Tagore'a 3", "Rabindranatha Tagore", "3")]
    [InlineData("Tagore’a 3", "Rabindranatha Tagore", "3")]
    [InlineData("Tagore 3", "Rabindranatha Tagore", "3")]
    [InlineData("J. Ch. Paska 10", "Jana Chryzostoma Paska", "10")]
    [InlineData("Paska 10", "Jana Chryzostoma Paska", "10")]
    [InlineData("Giordana Bruna 32", "Juliana Bruna", "32")]
    [InlineData("gen. J. Zajączka 7", "Generała Józefa Zajączka", "7")]
    [InlineData("gen. Zajączka 7", "Generała Józefa Zajączka", "7")]
    [InlineData("K. Jędrusik 4", "Kaliny Jędrusik", "4")]
    [InlineData("J. i J. Śniadeckich 8", "Jana i Jędrzeja Śniadeckich", "8")]
    [InlineData("al. Jana Pawła 78", "Jana Pawła II", "78")]
    [InlineData("al. gen. A. Chruściela 24 lok. 3", "Generała Antoniego Chruściela \"Montera\"", "24")]
    [InlineData("ul. F. Klimczaka 15", "Franciszka Klimczaka", "15")]
    [InlineData("ul. S. Herbsta 4", "Stanisława Herbsta", "4")]
    [InlineData("ul. J. Nowaka-Jeziorańskiego 53B", "Jana Nowaka-Jeziorańskiego", "53B")]
    [InlineData("ul. Z. Krasińskiego 24", "Zygmunta Krasińskiego", "24")]
    [InlineData("al. Armii Ludowej 26", "Armii Ludowej", "26")]
    [InlineData("Al. Jerozolimskie 65", "Jerozolimskie", "65")]
    [InlineData("pl. Inwalidów 10", "Inwalidów", "10")]
    [InlineData("ks. J. Popiełuszki 5", "Księdza Jerzego Popiełuszki", "5")]
    [InlineData("PUŁAWSKA 43", "Puławska", "43")]
    [InlineData("puławska 43", "Puławska", "43")]
    [InlineData("ul. 1-go Sierpnia 31", "1 Sierpnia", "31")]
    public void Resolves_the_typed_form_to_the_register_street(string input, string fullName, string house)
    {
        var a = Parse(input);
        Assert.Equal(fullName, a.Street?.FullName);
        Assert.Equal(house, a.HouseNumber.ToString());
        Assert.True(a.Confidence > 0);
    }

    [Fact]
    public void A_surname_alone_is_a_partial_match_with_lower_confidence()
    {
        var a = Parse("Gojawiczyńskiej 11");
        Assert.Equal((StreetMatchKind.PartialName, 0.8), (a.Match, a.Confidence));
        Assert.Equal(StreetMatchKind.Exact, Parse("Poli Gojawiczyńskiej 11").Match);
    }

    [Theory]
    [InlineData("Tołstoja 4", "Aleksieja Tołstoja", "Lwa Tołstoja")]   // two streets share the surname
    [InlineData("ul. B. Prusa 2", "Bolesława Prusa", "Bolesława Prusa")] // Warsaw's and Wesoła's
    [InlineData("ul. M. Rodziewiczówny 1", "Marii Rodziewiczówny", "Marii Rodziewiczówny")]
    public void Several_streets_sharing_the_surname_stay_ambiguous(string input, string first, string second)
    {
        var a = Parse(input);
        Assert.Null(a.Street);
        Assert.Equal(StreetMatchKind.Ambiguous, a.Match);
        Assert.Equal([first, second], a.Alternatives.Select(s => s.FullName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("L. Tołstoja 4", "Lwa Tołstoja")]
    [InlineData("A. Tołstoja 4", "Aleksieja Tołstoja")]
    public void An_initial_chooses_among_streets_sharing_the_surname(string input, string fullName) =>
        Assert.Equal(fullName, Parse(input).Street?.FullName);

    [Theory]
    [InlineData("ul. B. Prusa 2, 00-493 Warszawa", "Śródmieście")]
    [InlineData("ul. B. Prusa 2, 05-075 Warszawa", "Wesoła")]
    [InlineData("M. Rodziewiczówny (W) 1", "Wesoła")]
    public void A_postcode_or_the_Wesola_mark_chooses_the_namesake(string input, string district)
    {
        var a = Parse(input);
        Assert.Equal([district], a.Street?.Districts);
    }

    [Fact]
    public void The_postcode_is_exposed() => Assert.Equal("05-075", Parse("ul. B. Prusa 2, 05-075 Warszawa").Postcode);

    [Theory]
    [InlineData("Gdyńskie 6")]          // a head noun (Wybrzeże) is not left out
    [InlineData("Jana Gojawiczyńskiej 11")] // a given name that contradicts
    [InlineData("Agorze 3")]            // a preposition (Przy) is not left out
    [InlineData("Gandhiego Indiry 3")]
    public void A_surname_that_does_not_fit_is_not_resolved(string input) => Assert.Null(Parse(input).Street);

    [Theory]
    [InlineData("ul. Puławska 7-9", "7-9", 7, 9, SlashReading.DoubleNumber)]
    [InlineData("Puławska 12/14", "12/14", 12, 14, SlashReading.DoubleNumber)]
    [InlineData("Puławska 12A", "12A", 12, null, SlashReading.None)]
    [InlineData("Puławska 12a", "12a", 12, null, SlashReading.None)]
    [InlineData("Puławska 44a", "44a", 44, null, SlashReading.None)]
    [InlineData("pl. Inwalidów 4/6/8", "4/6/8", 4, 8, SlashReading.DoubleNumber)]
    [InlineData("Puławska 5-7-9", "5-7-9", 5, 9, SlashReading.DoubleNumber)]
    [InlineData("Puławska 8.", "8", 8, null, SlashReading.None)]
    public void Ranges_and_double_numbers(string input, string text, int number, int? second, SlashReading slash)
    {
        var a = Parse(input);
        Assert.Equal((text, number, second, slash), (a.HouseNumberText, a.HouseNumber.Number, a.HouseNumber.Second, a.Slash));
    }

    [Fact]
    public void Twelve_A_equals_twelve_a() =>
        Assert.Equal(Parse("Puławska 12A").HouseNumber, Parse("Puławska 12a").HouseNumber with { Raw = "12A" });

    [Theory]
    [InlineData("ul. Wołoska 12 lokal nr A0168 na terenie C.H. Galeria Mokotów", "Wołoska", "12", "A0168", "na terenie C.H. Galeria Mokotów")]
    [InlineData("ul. Częstochowska 20 lokal nr 1/0/4044/Uż", "Częstochowska", "20", "1/0/4044/Uż", null)]
    [InlineData("ul. B. Prusa 2, 00-493 Hotel Sheraton Grand Warsaw (poziom \"+1\")", "Bolesława Prusa", "2", null, "Hotel Sheraton Grand Warsaw (poziom \"+1\")")]
    [InlineData("ul. Markowska 22 lokal nr U03 wejście od ul. Białostockiej", "Markowska", "22", "U03", "wejście od ul. Białostockiej")]
    [InlineData("Puławska 20 (róg Wołoskiej)", "Puławska", "20", null, "(róg Wołoskiej)")]
    [InlineData("ul. Puławska vis-a-vis 14", "Puławska", "14", null, null)]
    [InlineData("Puławska 14 vis-a-vis przystanku", "Puławska", "14", null, "vis-a-vis przystanku")]
    [InlineData("Krasińskiego 24 lok. 3", "Zygmunta Krasińskiego", "24", "3", null)]
    [InlineData("Krasińskiego 24 m. 12", "Zygmunta Krasińskiego", "24", "12", null)]
    [InlineData("Teren zieleni przy ul. Wołoskiej 12", "Wołoska", "12", null, null)]
    [InlineData("Broniewskiego róg Puławska 9/Zatrasie HD", "Puławska", "9", null, "Zatrasie")]
    public void Trailing_descriptions_are_ignored_but_the_number_is_kept(string input, string fullName, string house, string? unit, string? ignored)
    {
        var a = Parse(input);
        Assert.Equal((fullName, house, unit), (a.Street?.FullName, a.HouseNumber.ToString(), a.Unit));
        if (ignored is not null) Assert.Contains(a.Notes, n => n.Contains(ignored, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_trailing_description_does_not_break_parsing_but_the_length_is_capped()
    {
        var tail = string.Join(' ', Enumerable.Repeat("opis", 90));
        var a = Parse("ul. Wołoska 12 " + tail);
        Assert.Equal(("Wołoska", "12"), (a.Street?.FullName, a.HouseNumber.ToString()));
        Assert.Contains(a.Notes, n => n.EndsWith("opis opis", StringComparison.Ordinal));
        var tooLong = Parser.Parse("ul. Wołoska 12 " + new string('x', AddressParser.MaxLength));
        Assert.Equal(AddressParseErrorCode.TooLong, tooLong.Error?.Code);
    }

    [Fact]
    public void The_street_before_the_number_wins_over_one_named_after_it()
    {
        var a = Parse("ul. Markowska 22 lokal nr U03 wejście od ul. Białostockiej 5");
        Assert.Equal("Markowska", a.Street?.FullName);
    }

    [Fact]
    public void A_number_after_nr_is_no_house_number_of_a_street_in_the_description() =>
        Assert.Null(Parse("Biblioteka dla Dzieci przy Puławska nr 67").Street);
}
