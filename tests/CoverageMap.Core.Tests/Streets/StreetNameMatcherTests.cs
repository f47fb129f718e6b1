using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Streets;

public class StreetNameMatcherTests
{
    private readonly StreetNameMatcher _matcher = new();

    [Theory]
    // Żoliborz Oficerski: Krajewskiego, Gen. Zajączka, Mickiewicza, Mierosławskiego, Czarnieckiego, Krasińskiego, Wybrzeże Gdyńskie
    [InlineData("Gen. Zajączka", "Generała Józefa Zajączka")]
    [InlineData("Zajączka", "Generała Józefa Zajączka")]
    [InlineData("ul. gen. J. Zajączka", "Generała Józefa Zajączka")]
    [InlineData("gen. Zajaczka", "Generała Józefa Zajączka")]
    [InlineData("Gen. Zajączka", "gen. Józefa Zajączka")]
    [InlineData("Krajewskiego", "Rafała Krajewskiego")]
    [InlineData("Mickiewicza", "Adama Mickiewicza")]
    [InlineData("A. Mickiewicza", "Adama Mickiewicza")]
    [InlineData("Mierosławskiego", "Ludwika Mierosławskiego")]
    [InlineData("mieroslawskiego", "Ludwika Mierosławskiego")]
    [InlineData("Czarnieckiego", "Stefana Czarnieckiego")]
    [InlineData("Krasińskiego", "Zygmunta Krasińskiego")]
    [InlineData("krasinskiego", "Zygmunta Krasińskiego")]
    [InlineData("Wybrzeże Gdyńskie", "Wybrzeże Gdyńskie")]
    [InlineData("ul. Wybrzeże Gdyńskie", "Wybrzeże Gdyńskie")]
    [InlineData("Wybrzeze Gdynskie", "Ulica Wybrzeże Gdyńskie")]
    [InlineData("Wybrzeża Gdyńskiego", "Wybrzeże Gdyńskie")]
    // Dla Zatrasia i Rudawki: Broniewskiego / Krasińskiego / Powązkowska / al. Armii Krajowej
    [InlineData("Broniewskiego", "Władysława Broniewskiego")]
    [InlineData("Powązkowska", "Powązkowska")]
    [InlineData("Powazkowska", "Ulica Powązkowska")]
    [InlineData("al. Armii Krajowej", "Armii Krajowej")]
    [InlineData("Aleja Armii Krajowej", "al. Armii Krajowej")]
    [InlineData("al. AK", "Armii Krajowej")]
    // Marymont-Kaskada: Mickiewicza, Trasy AK, Słowackiego, Potockiej
    [InlineData("Trasy AK", "Armii Krajowej")]
    [InlineData("Trasa AK", "Aleja Armii Krajowej")]
    [InlineData("Trasy Armii Krajowej", "Armii Krajowej")]
    [InlineData("Słowackiego", "Juliusza Słowackiego")]
    [InlineData("Potockiej", "Potocka")]
    [InlineData("ul. Potockiej", "Ulica Potocka")]
    // Sady Żoliborskie: Włościańską, Słowackiego, Popiełuszki, Broniewskiego
    [InlineData("Włościańską", "Włościańska")]
    [InlineData("Włościańskiej", "Włościańska")]
    [InlineData("Popiełuszki", "Księdza Jerzego Popiełuszki")]
    [InlineData("ks. Popiełuszki", "Księdza Jerzego Popiełuszki")]
    [InlineData("ks. J. Popieluszki", "ks. Jerzego Popiełuszki")]
    // Moje Wierzbno (MSI Wierzbno): Racławicka, Dolna, Puławska, Woronicza, Wołoska; contact ul. Malczewskiego 44a
    [InlineData("Racławicka", "Racławicka")]
    [InlineData("Racławickiej", "Racławicka")]
    [InlineData("Dolna", "Dolna")]
    [InlineData("Dolnej", "Ulica Dolna")]
    [InlineData("ul. Puławska", "Puławska")]
    [InlineData("Puławskiej", "Puławska")]
    [InlineData("Woronicza", "Jana Pawła Woronicza")]
    [InlineData("Wołoska", "Wołoska")]
    [InlineData("Woloskiej", "Wołoska")]
    [InlineData("ul. Malczewskiego", "Antoniego Malczewskiego")]
    // Other register forms
    [InlineData("pl. Wilsona", "Plac Thomasa Woodrowa Wilsona")]
    [InlineData("Jana Pawła II", "Aleja Jana Pawła II")]
    [InlineData("św. Antoniego", "Świętego Antoniego")]
    [InlineData("Sobieskiego", "Jana III Sobieskiego")]
    [InlineData("J.R. Tolkiena", "Johna Ronalda Tolkiena")]
    public void Matches_the_same_street(string query, string candidate) =>
        Assert.True(_matcher.Matches(query, candidate), $"'{query}' should match '{candidate}'");

    [Theory]
    [InlineData("Krasińskiego", "Plac Krasińskich")]
    [InlineData("Krasińskiego", "Zygmunta Augusta")]
    [InlineData("Armii Krajowej", "Kapelanów Armii Krajowej")]
    [InlineData("Krajowej", "Armii Krajowej")]
    [InlineData("Mickiewicza", "Mickiewiczowska")]
    [InlineData("Jana Mickiewicza", "Adama Mickiewicza")]
    [InlineData("Potockiej", "Ignacego Potockiego")]
    [InlineData("Wybrzeże Gdyńskie", "Wybrzeże Gdańskie")]
    [InlineData("Gdyńskie", "Wybrzeże Gdyńskie")]
    [InlineData("Zajączka", "Zajączkowska")]
    [InlineData("Słowackiego", "Słowicza")]
    [InlineData("Trasy AK", "Powązkowska")]
    [InlineData("Puławska", "Puławskiego")]
    [InlineData("Racławicka", "Racławicka Wólka")]
    [InlineData("", "Dolna")]
    public void Does_not_match_a_different_street(string query, string candidate) =>
        Assert.False(_matcher.Matches(query, candidate), $"'{query}' should not match '{candidate}'");
}
