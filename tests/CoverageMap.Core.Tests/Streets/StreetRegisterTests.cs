using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Streets;

public class StreetRegisterTests
{
    private static StreetRegister Register => RealStreetRegister.Instance;

    [Fact]
    public void Loads_every_line_with_unique_ids()
    {
        Assert.Equal(5214, Register.Streets.Count);
        Assert.Equal(Register.Streets.Count, Register.Streets.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void A_street_with_a_TERYT_entry_gets_its_ULIC_id_and_short_name()
    {
        var s = Assert.Single(Register.Resolve("Gen. Zajączka").Candidates);
        Assert.Equal(("25416", "ulica", "Generała Józefa Zajączka", "gen. Józefa Zajączka"), (s.Id, s.Type, s.FullName, s.ShortName));
        Assert.Equal(["Żoliborz"], s.Districts);
        Assert.Equal(["Stary Żoliborz"], s.Areas);
        Assert.Same(s, Register.Find("25416"));
    }

    [Fact]
    public void A_street_without_TERYT_entry_gets_a_slug_id_and_a_derived_short_name()
    {
        var s = Register.Resolve("Mickiewicza", "Żoliborz").Street!;
        Assert.Equal(("ulica-adama-mickiewicza", "Adama Mickiewicza", "Mickiewicza", "Ulica Adama Mickiewicza"), (s.Id, s.FullName, s.ShortName, s.OfficialName));
        Assert.Equal(["Bielany", "Żoliborz"], s.Districts);
        var wesola = Register.Resolve("Mickiewicza", "Wesoła").Street!;
        Assert.Equal(("ulica-adama-mickiewicza-wesola", "Adama Mickiewicza"), (wesola.Id, wesola.FullName));
    }

    [Theory]
    [InlineData("Generała Józefa Zajączka", "gen. Zajączka")]
    [InlineData("Jana Pawła Woronicza", "Woronicza")]
    [InlineData("Jana Pawła II", "Jana Pawła II")]
    [InlineData("Wybrzeże Gdyńskie", "Wybrzeże Gdyńskie")]
    [InlineData("Pułkownika Bernarda Adameckiego", "płk. Adameckiego")]
    public void Derives_short_names(string fullName, string shortName) =>
        Assert.Equal(shortName, StreetRegister.DeriveShortName(fullName));

    [Theory]
    [InlineData("Gen. Zajączka", "25416")]
    [InlineData("Zajaczka", "25416")]
    [InlineData("Trasy AK", "aleja-armii-krajowej")]
    [InlineData("al. Armii Krajowej", "aleja-armii-krajowej")]
    [InlineData("Potockiej", "ulica-potocka")]
    [InlineData("Włościańską", "ulica-wloscianska")]
    [InlineData("Wybrzeże Gdyńskie", "ulica-wybrzeze-gdynskie")]
    [InlineData("Mierosławskiego", "ulica-ludwika-mieroslawskiego")]
    [InlineData("Krajewskiego", "ulica-rafala-krajewskiego")]
    [InlineData("Krasińskiego", "ulica-zygmunta-krasinskiego")]
    [InlineData("Powązkowska", "ulica-powazkowska")]
    [InlineData("Popiełuszki", "17149")]
    [InlineData("Racławicka", "ulica-raclawicka")]
    [InlineData("Dolna", "ulica-dolna")]
    [InlineData("Puławska", "ulica-pulawska")]
    [InlineData("Woronicza", "ulica-jana-pawla-woronicza")]
    [InlineData("Wołoska", "ulica-woloska")]
    [InlineData("Malczewskiego", "ulica-antoniego-malczewskiego")]
    [InlineData("pl. Wilsona", "plac-thomasa-woodrowa-wilsona")]
    public void Resolves_the_seed_streets_uniquely(string name, string id)
    {
        var r = Register.Resolve(name);
        Assert.Equal(StreetResolutionStatus.Unique, r.Status);
        Assert.Equal(id, r.Street!.Id);
    }

    [Theory]
    [InlineData("Mickiewicza", "ulica-adama-mickiewicza", "ulica-adama-mickiewicza-wesola")]
    [InlineData("Słowackiego", "ulica-juliusza-slowackiego", "ulica-juliusza-slowackiego-wesola")]
    [InlineData("Czarnieckiego", "ulica-stefana-czarnieckiego", "ulica-stefana-czarnieckiego-wesola")]
    [InlineData("Broniewskiego", "ulica-wladyslawa-broniewskiego", "ulica-wladyslawa-broniewskiego-wesola")]
    [InlineData("Armii Krajowej", "aleja-armii-krajowej", "ulica-armii-krajowej-wesola")]
    public void A_core_shared_by_two_real_streets_is_ambiguous_with_all_candidates(string name, string first, string second)
    {
        var r = Register.Resolve(name);
        Assert.Equal(StreetResolutionStatus.Ambiguous, r.Status);
        Assert.Null(r.Street);
        Assert.Equal([first, second], r.Candidates.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(StreetMatchKind.Ambiguous, r.Match);
    }

    [Fact]
    public void A_district_or_a_specific_type_narrows_an_ambiguous_name()
    {
        Assert.Equal("ulica-adama-mickiewicza", Register.Resolve("Mickiewicza", "Zoliborz").Street?.Id);
        Assert.Equal("aleja-armii-krajowej", Register.Resolve("al. Armii Krajowej").Street?.Id);
        Assert.Equal("ulica-armii-krajowej-wesola", Register.Resolve("Armii Krajowej", "Wesoła").Street?.Id);
    }

    [Fact]
    public void The_generic_ul_does_not_narrow()
    {
        Assert.Equal(StreetResolutionStatus.Ambiguous, Register.Resolve("ul. Armii Krajowej").Status);
    }

    [Fact]
    public void Match_kind_says_how_the_name_matched()
    {
        Assert.Equal(StreetMatchKind.Exact, Register.Resolve("Generała Zajączka").Match);
        Assert.Equal(StreetMatchKind.DiacriticFree, Register.Resolve("Zajaczka").Match);
        Assert.Equal(StreetMatchKind.Inflected, Register.Resolve("Potockiej").Match);
    }

    [Fact]
    public void A_misspelling_is_not_found_but_suggested()
    {
        var r = Register.Resolve("Mickewicza");
        Assert.Equal(StreetResolutionStatus.NotFound, r.Status);
        Assert.Empty(r.Candidates);
        Assert.Contains(r.Suggestions, s => s.Street.Id == "ulica-adama-mickiewicza" && s.Distance == 1);
        Assert.Contains(r.Suggestions, s => s.Street.Id == "ulica-adama-mickiewicza-wesola" && s.Distance == 1);
    }

    [Fact]
    public void Two_edits_are_suggested_for_long_names_only()
    {
        Assert.Contains(Register.Resolve("Mierosławskego").Suggestions, s => s.Street.Id == "ulica-ludwika-mieroslawskiego");
        Assert.Contains(Register.Resolve("Mirosławskiego").Suggestions, s => s.Street.Id == "ulica-ludwika-mieroslawskiego");
        Assert.DoesNotContain(Register.Resolve("Dlna").Suggestions, s => s.Distance > 1);
    }

    [Fact]
    public void A_contradicting_given_name_is_not_found_but_the_street_is_suggested()
    {
        var r = Register.Resolve("Jana Zajączka");
        Assert.Equal(StreetResolutionStatus.NotFound, r.Status);
        Assert.Equal("25416", Assert.Single(r.Suggestions).Street.Id);
    }

    [Fact]
    public void The_last_word_alone_is_only_a_suggestion()
    {
        var r = Register.Resolve("Gdyńskie");
        Assert.Equal(StreetResolutionStatus.NotFound, r.Status);
        Assert.Contains(r.Suggestions, s => s.Street.Id == "ulica-wybrzeze-gdynskie" && s.Distance == StreetSuggestion.LastWordOnly);
    }

    [Fact]
    public void Nonsense_is_not_found() =>
        Assert.Equal(StreetResolutionStatus.NotFound, Register.Resolve("Qwxzyk").Status);

    [Theory]
    [InlineData("mick", "Adama Mickiewicza")]
    [InlineData("zajaczk", "Generała Józefa Zajączka")]
    [InlineData("gen. zaj", "Generała Józefa Zajączka")]
    [InlineData("pl. wil", "Thomasa Woodrowa Wilsona")]
    [InlineData("wloscians", "Włościańska")]
    [InlineData("popielu", "Księdza Jerzego Popiełuszki")]
    [InlineData("wybrzeze gd", "Wybrzeże Gdańskie")]
    public void Suggest_puts_the_expected_street_first(string prefix, string fullName) =>
        Assert.Equal(fullName, Register.Suggest(prefix, 5)[0].FullName);

    [Fact]
    public void Suggest_ranks_the_exact_core_before_longer_names()
    {
        var names = Register.Suggest("zajaczk", 10).Select(s => s.FullName).ToList();
        Assert.Equal(["Generała Józefa Zajączka", "Zajączkowska"], names);
    }

    [Fact]
    public void Suggest_ranks_the_shorter_core_first_when_both_start_with_the_prefix() =>
        Assert.Equal(["Popiela", "Księdza Jerzego Popiełuszki"], Register.Suggest("popie", 2).Select(s => s.FullName));

    [Fact]
    public void Suggest_with_a_type_keeps_only_that_type()
    {
        var found = Register.Suggest("pl. wil", 10);
        Assert.NotEmpty(found);
        Assert.All(found, s => Assert.Equal("plac", s.Type));
    }

    [Fact]
    public void Suggest_matches_any_word_and_respects_the_limit()
    {
        var found = Register.Suggest("krajowej", 3);
        Assert.Equal(3, found.Count);
        Assert.All(found, s => Assert.Contains("Krajowej", s.FullName, StringComparison.Ordinal));
        Assert.Empty(Register.Suggest("qqq", 5));
    }

    [Fact]
    public void Parse_rejects_a_malformed_line()
    {
        var ex = Assert.Throws<InputProblemException>(() => StreetRegister.Parse(new StringReader("Ulica Dolna/Mokotów\n")));
        Assert.Equal(InputFault.Of(InputProblem.StreetsTxtParts, "streets.txt", "1", "Ulica Dolna/Mokotów"), ex.Fault);
    }

    [Fact]
    public void Parse_rejects_a_street_without_a_type_word_and_a_TERYT_line_without_four_fields()
    {
        var noType = Assert.Throws<InputProblemException>(() => StreetRegister.Parse(new StringReader("Ulica Dolna/Mokotów/Sielce\nKrucza/Śródmieście/x\n")));
        Assert.Equal(InputFault.Of(InputProblem.StreetsTxtNoType, "streets.txt", "2", "Krucza"), noType.Fault);

        var teryt = Assert.Throws<InputProblemException>(() => StreetRegister.Parse(new StringReader("Ulica Dolna/Mokotów/Sielce\n"),
            new StringReader("simc,ulic,short,full\n0918123,04419,Dolna\n"), terytCsvName: "teryt.csv"));
        Assert.Equal(InputFault.Of(InputProblem.TerytCsvFields, "teryt.csv", "2", "3"), teryt.Fault);
    }

    [Fact]
    public void Parse_from_inline_text_without_TERYT_gives_slug_ids()
    {
        var register = StreetRegister.Parse(new StringReader(
            "Ulica Generała Józefa Zajączka/Żoliborz/Stary Żoliborz\nUlica Zajączkowska/Mokotów/Sielce\n"));
        Assert.Equal(["ulica-generala-jozefa-zajaczka", "ulica-zajaczkowska"], register.Streets.Select(s => s.Id));
        Assert.Equal("gen. Zajączka", register.Streets[0].ShortName);
    }

    [Fact]
    public void Resolve_is_safe_from_many_threads()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string?>();
        Parallel.For(0, 2000, i => ids.Add(Register.Resolve(i % 2 == 0 ? "Gen. Zajączka" : "Popiełuszki").Street?.Id));
        Assert.Equal(["17149", "25416"], ids.Distinct().Order(StringComparer.Ordinal));
    }
}
