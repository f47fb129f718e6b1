using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Streets;

public class StreetNameNormalizerTests
{
    [Theory]
    [InlineData("Generała Józefa Zajączka", "zajaczka")]
    [InlineData("ul. gen. J. Zajączka", "zajaczka")]
    [InlineData("Trasy AK", "armii krajowej")]
    [InlineData("Ulica Wybrzeże Gdyńskie", "wybrzeze gdynskie")]
    [InlineData("Wybrz. Gdyńskie", "wybrzeze gdynskie")]
    [InlineData("Aleja Jana Pawła II", "jana pawla ii")]
    [InlineData("Jana III Sobieskiego", "sobieskiego")]
    [InlineData("Świętego Antoniego", "antoniego")]
    [InlineData("Księdza Jerzego Popiełuszki", "popieluszki")]
    [InlineData("Pułkownika Mieczysława Niedzielskiego \"Żywiciela\"", "niedzielskiego zywiciela")]
    [InlineData("Generała George’a Smitha Pattona", "georgea smitha pattona")]
    [InlineData("Łazienkowska", "lazienkowska")]
    [InlineData("ul.", "ul")]
    public void Normalize_gives_the_core_key(string name, string key) =>
        Assert.Equal(key, StreetNameNormalizer.Normalize(name).Key);

    [Fact]
    public void Normalize_reports_type_titles_and_given_names()
    {
        var n = StreetNameNormalizer.Normalize("ul. Gen. J. Zajączka");
        Assert.Equal("ulica", n.Type);
        Assert.Equal(["gen"], n.Titles);
        Assert.Equal(["j"], n.GivenNames);
    }

    [Fact]
    public void Trasa_AK_is_the_aleja_Armii_Krajowej()
    {
        var n = StreetNameNormalizer.Normalize("Trasy AK");
        Assert.Equal(("armii krajowej", "aleja"), (n.Key, n.Type));
    }

    [Theory]
    [InlineData("Potockiej", "potocka")]
    [InlineData("Dolnej", "dolna")]
    [InlineData("Wybrzeża Gdyńskiego", "wybrzeze gdynskie")]
    public void Declension_rules_offer_the_nominative_as_a_variant(string name, string variant) =>
        Assert.Contains(variant, StreetNameNormalizer.Normalize(name).Variants);

    [Fact]
    public void Instrumental_folds_to_the_nominative_without_a_rule() =>
        Assert.Equal("wloscianska", StreetNameNormalizer.Normalize("Włościańską").Key);

    [Fact]
    public void Masculine_genitive_stays()
    {
        var n = StreetNameNormalizer.Normalize("Słowackiego");
        Assert.Equal("slowackiego", n.Key);
        Assert.Empty(n.Variants);
    }

    [Fact]
    public void Fold_removes_diacritics_case_and_punctuation() =>
        Assert.Equal("zazolc gesla jazn 1920 r", StreetNameNormalizer.Fold("  Zażółć  GĘŚLĄ-jaźń, 1920 r. "));
}
