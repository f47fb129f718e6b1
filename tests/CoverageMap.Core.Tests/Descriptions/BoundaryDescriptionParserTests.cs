using CsCheck;
using CoverageMap.Core.Descriptions;
using CoverageMap.Data.Registry;
using static CoverageMap.Core.Descriptions.StreetMatchConfidence;

namespace CoverageMap.Core.Tests.Descriptions;

/// <summary>
/// The description parser on the sentences of the seeds (the partnerships' own pages, ../shared/seeds), on the registry's
/// source texts, and on descriptions written for these tests in the same style: school catchments (obwody szkół),
/// neighbourhood pages and partnership pages of other districts.
/// </summary>
public sealed class BoundaryDescriptionParserTests
{
    private static BoundaryDescription Parse(string text, string? district = null) =>
        BoundaryDescriptionParser.Parse(text, BundledStreetRegister.Instance, district);

    /// <summary>Each street: as written, how sure, and the register street's official name (null when none was chosen).</summary>
    private static void AssertStreets(BoundaryDescription parsed, params (string Written, StreetMatchConfidence Confidence, string? Official)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Written), parsed.Streets.Select(s => s.Written));
        for (int i = 0; i < expected.Length; i++)
        {
            var (written, confidence, official) = expected[i];
            var got = parsed.Streets[i];
            Assert.True(confidence == got.Confidence, $"{written}: expected {confidence}, got {got.Confidence}");
            Assert.Equal(official, got.Street?.OfficialName);
        }
    }

    // ---- The seeds: the four sentences of the Żoliborz page, read from ../shared/seeds as they are ----

    private static string SeedSentence(string startsWith)
    {
        var seeds = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Select(File.ReadAllText);
        var paragraph = seeds.SelectMany(t => t.Split('\n')).Single(l => l.Contains(startsWith, StringComparison.Ordinal));
        return paragraph;
    }

    [Fact]
    public void Seed_from_shared_zatrasie_and_rudawka_slashes_and_an_alley()
    {
        var text = SeedSentence("Broniewskiego/Krasińskiego");
        var parsed = Parse(text, "Żoliborz");
        Assert.Equal("rejon ograniczony ulicami: Broniewskiego/Krasińskiego/Powązkowska/ al. Armii Krajowej", parsed.SourceText);
        AssertStreets(parsed,
            ("Broniewskiego", Exact, "Ulica Władysława Broniewskiego"),
            ("Krasińskiego", Exact, "Ulica Zygmunta Krasińskiego"),
            ("Powązkowska", Exact, "Ulica Powązkowska"),
            ("al. Armii Krajowej", Exact, "Aleja Armii Krajowej"));
        Assert.Equal([DescriptionSeparator.None, DescriptionSeparator.Slash, DescriptionSeparator.Slash, DescriptionSeparator.Slash], parsed.Streets.Select(s => s.Separator));
        Assert.Empty(parsed.Extras);
        // Offsets point at the words in the pasted text, so the editor can underline them.
        Assert.All(parsed.Streets, s => Assert.Equal(s.Written, text.Substring(s.Start, s.Written.Length)));
    }

    [Fact]
    public void Seed_from_shared_marymont_kaskada_genitive_trasa_ak_and_a_park()
    {
        var parsed = Parse(SeedSentence("Mickiewicza, Trasy AK"), "Żoliborz");
        Assert.Equal("rejon w obszarze ulic: Mickiewicza, Trasy AK, Słowackiego, Potockiej, w tym Park Kaskada", parsed.SourceText);
        AssertStreets(parsed,
            ("Mickiewicza", Exact, "Ulica Adama Mickiewicza"),
            ("Trasy AK", Abbreviation, "Aleja Armii Krajowej"),
            ("Słowackiego", Exact, "Ulica Juliusza Słowackiego"),
            ("Potockiej", Inflected, "Ulica Potocka"));
        var extra = Assert.Single(parsed.Extras);
        Assert.Equal(("Park Kaskada", "park"), (extra.Written, extra.Kind));
    }

    [Fact]
    public void Seed_from_shared_zoliborz_oficerski_rank_abbreviation()
    {
        var parsed = Parse(SeedSentence("Krajewskiego, Gen. Zajączka"), "Żoliborz");
        AssertStreets(parsed,
            ("Krajewskiego", Exact, "Ulica Rafała Krajewskiego"),
            ("Gen. Zajączka", Abbreviation, "Ulica Generała Józefa Zajączka"),
            ("Mickiewicza", Exact, "Ulica Adama Mickiewicza"),
            ("Mierosławskiego", Exact, "Ulica Ludwika Mierosławskiego"),
            ("Czarnieckiego", Exact, "Ulica Stefana Czarnieckiego"),
            ("Krasińskiego", Exact, "Ulica Zygmunta Krasińskiego"),
            ("Wybrzeże Gdyńskie", Exact, "Ulica Wybrzeże Gdyńskie"));
    }

    [Fact]
    public void Seed_from_shared_sady_zoliborskie_accusative_and_the_word_i()
    {
        var parsed = Parse(SeedSentence("Włościańską, Słowackiego"), "Żoliborz");
        Assert.Equal("rejon w obszarze ulic: Włościańską, Słowackiego, Popiełuszki i Broniewskiego", parsed.SourceText);
        AssertStreets(parsed,
            ("Włościańską", Inflected, "Ulica Włościańska"),
            ("Słowackiego", Exact, "Ulica Juliusza Słowackiego"),
            ("Popiełuszki", Exact, "Ulica Księdza Jerzego Popiełuszki"),
            ("Broniewskiego", Exact, "Ulica Władysława Broniewskiego"));
        Assert.Equal(DescriptionSeparator.And, parsed.Streets[3].Separator);
    }

    [Fact]
    public void Seed_moje_wierzbno_msi_sentence_sides_and_a_landmark_along_a_street()
    {
        var parsed = Parse("MSI Wierzbno: Racławicka i Dolna (północ), skarpa wiślana wzdłuż Puławskiej (wschód), Woronicza (południe), Wołoska (zachód)", "Mokotów");
        AssertStreets(parsed,
            ("Racławicka", Exact, "Ulica Racławicka"),
            ("Dolna", Exact, "Ulica Dolna"),
            ("Puławskiej", Inflected, "Ulica Puławska"),
            ("Woronicza", Exact, "Ulica Jana Pawła Woronicza"),
            ("Wołoska", Exact, "Ulica Wołoska"));
        Assert.Equal([null, "północ", "skarpa wiślana wzdłuż (wschód)", "południe", "zachód"], parsed.Streets.Select(s => s.Qualifier));
    }

    [Fact]
    public void Every_registry_source_text_gives_back_the_registry_streets_and_extras()
    {
        var registry = PartnershipRegistryFile.Load(SharedData.RepoPath("geodata", "partnerships.json"));
        foreach (var p in registry.Partnerships.Where(p => p.Boundary.Basis == "source"))
        {
            var definition = Parse(p.Boundary.SourceText, p.District).ToBoundaryDefinition();
            Assert.Equal(p.Boundary.SourceText, definition.SourceText);
            Assert.Equal(p.Boundary.Streets.Where(s => s.InSource).Select(s => s.Name), definition.Streets.Select(s => s.Name));
            Assert.Equal(p.Boundary.Extras.Select(e => (e.Name, e.Kind, e.Rule)), definition.Extras.Select(e => (e.Name, e.Kind, e.Rule)));
        }
    }

    [Fact]
    public void A_shared_name_without_the_district_is_ambiguous_and_lists_every_street()
    {
        var parsed = Parse("rejon w obszarze ulic: Mickiewicza, Słowackiego");
        Assert.All(parsed.Streets, s => Assert.Equal(Ambiguous, s.Confidence));
        Assert.Contains(parsed.Streets[0].Candidates, c => c.Districts.Contains("Wesoła"));
        Assert.Contains(parsed.Streets[0].Candidates, c => c.Districts.Contains("Żoliborz"));
        Assert.Null(parsed.Streets[0].Street);
        Assert.False(parsed.AllResolved);
    }

    // ---- Written for these tests: school catchments, neighbourhoods, other districts ----

    [Fact]
    public void School_catchment_accusatives_and_the_aleje()
    {
        var parsed = Parse("Obwód Szkoły Podstawowej nr 12 obejmuje ulice: Marszałkowską, Nowogrodzką, Emilii Plater i Aleje Jerozolimskie.");
        AssertStreets(parsed,
            ("Marszałkowską", Inflected, "Ulica Marszałkowska"),
            ("Nowogrodzką", Inflected, "Ulica Nowogrodzka"),
            ("Emilii Plater", Exact, "Ulica Emilii Plater"),
            ("Aleje Jerozolimskie", Exact, "Aleje Jerozolimskie"));
    }

    [Fact]
    public void Neighbourhood_between_two_streets_with_the_word_a()
    {
        var parsed = Parse("Osiedle leży pomiędzy ulicami Puławską a Woronicza, blisko metra.");
        AssertStreets(parsed,
            ("Puławską", Inflected, "Ulica Puławska"),
            ("Woronicza", Exact, "Ulica Jana Pawła Woronicza"));
        Assert.Equal(DescriptionSeparator.Between, parsed.Streets[1].Separator);
    }

    [Fact]
    public void Praga_poludnie_partnership_with_oraz()
    {
        var parsed = Parse("Partnerstwo działa w rejonie ograniczonym ulicami: Grochowską, Zamieniecką, Podskarbińską oraz Kinową.");
        AssertStreets(parsed,
            ("Grochowską", Inflected, "Ulica Grochowska"),
            ("Zamieniecką", Inflected, "Ulica Zamieniecka"),
            ("Podskarbińską", Inflected, "Ulica Podskarbińska"),
            ("Kinową", Inflected, "Ulica Kinowa"));
        Assert.Equal(DescriptionSeparator.AlsoAnd, parsed.Streets[3].Separator);
    }

    [Fact]
    public void A_street_whose_name_has_the_word_i_is_not_split()
    {
        var parsed = Parse("Obwód szkoły: Banacha, Żwirki i Wigury, Racławicka i Grójecka.");
        AssertStreets(parsed,
            ("Banacha", Exact, "Ulica Stefana Banacha"),
            ("Żwirki i Wigury", Exact, "Ulica Żwirki i Wigury"),
            ("Racławicka", Exact, "Ulica Racławicka"),
            ("Grójecka", Exact, "Ulica Grójecka"));
    }

    [Fact]
    public void Genitive_plural_and_instrumental_plural_of_the_aleje()
    {
        var genitive = Parse("rejon w obszarze ulic: Alej Jerozolimskich, Towarowej, Grzybowskiej, Żelaznej");
        AssertStreets(genitive,
            ("Alej Jerozolimskich", Inflected, "Aleje Jerozolimskie"),
            ("Towarowej", Inflected, "Ulica Towarowa"),
            ("Grzybowskiej", Inflected, "Ulica Grzybowska"),
            ("Żelaznej", Inflected, "Ulica Żelazna"));
        var instrumental = Parse("Teren ograniczony: Alejami Jerozolimskimi, ulicą Chałubińskiego");
        Assert.Equal(Inflected, instrumental.Streets[0].Confidence);
        Assert.Equal("Aleje Jerozolimskie", instrumental.Streets[0].Street?.OfficialName);
    }

    [Fact]
    public void Titles_written_out_are_exact_and_abbreviated_are_abbreviations()
    {
        var parsed = Parse("rejon ograniczony ulicami: Generała Zajączka, gen. Andersa, ks. Popiełuszki, Księdza Jerzego Popiełuszki", "Żoliborz");
        Assert.Equal([Exact, Abbreviation, Abbreviation, Exact], parsed.Streets.Select(s => s.Confidence));
        Assert.Equal("Ulica Generała Władysława Andersa", parsed.Streets[1].Street?.OfficialName);
    }

    [Fact]
    public void Acronyms_of_names_are_abbreviations()
    {
        var parsed = Parse("Obszar działania: al. KEN, Trasa AK i Al. Armii Krajowej.");
        AssertStreets(parsed,
            ("al. KEN", Abbreviation, "Aleja Komisji Edukacji Narodowej"),
            ("Trasa AK", Abbreviation, "Aleja Armii Krajowej"),
            ("Al. Armii Krajowej", Exact, "Aleja Armii Krajowej"));
    }

    [Fact]
    public void An_initial_before_the_surname_is_an_abbreviation_and_its_dot_does_not_end_the_list()
    {
        var parsed = Parse("Granice osiedla wyznaczają: J. Słowackiego, Z. Krasińskiego i Wybrzeże Gdyńskie. Zapraszamy!", "Żoliborz");
        AssertStreets(parsed,
            ("J. Słowackiego", Abbreviation, "Ulica Juliusza Słowackiego"),
            ("Z. Krasińskiego", Abbreviation, "Ulica Zygmunta Krasińskiego"),
            ("Wybrzeże Gdyńskie", Exact, "Ulica Wybrzeże Gdyńskie"));
    }

    [Fact]
    public void Genitive_of_a_wybrzeze_name()
    {
        var parsed = Parse("rejon w obszarze ulic: Wybrzeża Gdyńskiego, Krasińskiego, Mickiewicza", "Żoliborz");
        Assert.Equal(Inflected, parsed.Streets[0].Confidence);
        Assert.Equal("Ulica Wybrzeże Gdyńskie", parsed.Streets[0].Street?.OfficialName);
    }

    [Fact]
    public void A_misspelt_street_is_unmatched_with_the_near_miss_suggested()
    {
        var parsed = Parse("rejon ograniczony ulicami: Słowackigo/Krasińskiego", "Żoliborz");
        var first = parsed.Streets[0];
        Assert.Equal(Unmatched, first.Confidence);
        Assert.Null(first.Street);
        Assert.Contains(first.Suggestions, s => s.FullName == "Juliusza Słowackiego");
        Assert.Equal(Exact, parsed.Streets[1].Confidence);
    }

    [Fact]
    public void A_road_people_name_but_the_register_does_not_is_unmatched()
    {
        var parsed = Parse("Zasięg: Wisłostradą, Krasińskiego, Gwiaździstą", "Żoliborz");
        Assert.Equal([Unmatched, Exact, Inflected], parsed.Streets.Select(s => s.Confidence));
        Assert.Equal("Wisłostradą", parsed.Streets[0].Written);
    }

    [Fact]
    public void Several_extras_after_w_tym_and_a_park_named_in_the_list()
    {
        var parsed = Parse("rejon w obszarze ulic: Marymoncka, Gwiaździsta, Park Olszyna, w tym Skwer Hoovera i Ogródki działkowe.");
        AssertStreets(parsed,
            ("Marymoncka", Exact, "Ulica Marymoncka"),
            ("Gwiaździsta", Exact, "Ulica Gwiaździsta"));
        Assert.Equal([("Park Olszyna", "park"), ("Skwer Hoovera", "skwer"), ("Ogródki działkowe", "ogród")], parsed.Extras.Select(e => (e.Written, e.Kind)));
    }

    [Fact]
    public void Wraz_z_opens_the_extras_inside_an_item()
    {
        var parsed = Parse("Partnerstwo obejmuje teren między ulicami: Okopową, Stawki, Dziką wraz z Parkiem Szymańskiego.");
        AssertStreets(parsed,
            ("Okopową", Inflected, "Ulica Okopowa"),
            ("Stawki", Exact, "Ulica Stawki"),
            ("Dziką", Inflected, "Ulica Dzika"));
        Assert.Equal("Parkiem Szymańskiego", Assert.Single(parsed.Extras).Written);
    }

    [Fact]
    public void Prague_north_list_with_ul_before_each_street()
    {
        var parsed = Parse("Obszar: ul. Targowa, ul. Ząbkowska, ul. Kijowska, ul. Radzymińska.");
        AssertStreets(parsed,
            ("ul. Targowa", Exact, "Ulica Targowa"),
            ("ul. Ząbkowska", Exact, "Ulica Ząbkowska"),
            ("ul. Kijowska", Exact, "Ulica Kijowska"),
            ("ul. Radzymińska", Exact, "Ulica Radzymińska"));
    }

    [Fact]
    public void Wola_catchment_with_a_hyphenated_and_a_year_name()
    {
        var parsed = Parse("Do obwodu należą ulice: Górczewska, Płocka, Kasprzaka oraz Wolska. Szkoła przyjmuje też dzieci spoza obwodu.");
        AssertStreets(parsed,
            ("Górczewska", Exact, "Ulica Górczewska"),
            ("Płocka", Exact, "Ulica Płocka"),
            ("Kasprzaka", Exact, "Ulica Marcina Kasprzaka"),
            ("Wolska", Exact, "Ulica Wolska"));
        var ochota = Parse("Rejon ograniczony ulicami: Bitwy Warszawskiej 1920 r., Grójecką, Marii Skłodowskiej-Curie i Banacha.", "Ochota");
        AssertStreets(ochota,
            ("Bitwy Warszawskiej 1920 r.", Exact, "Ulica Bitwy Warszawskiej 1920 roku"),
            ("Grójecką", Inflected, "Ulica Grójecka"),
            ("Marii Skłodowskiej-Curie", Exact, "Ulica Marii Skłodowskiej-Curie"),
            ("Banacha", Exact, "Ulica Stefana Banacha"));
    }

    [Fact]
    public void Mokotow_genitives_after_a_dash()
    {
        var parsed = Parse("Działamy na Sielcach – w obszarze ulic: Belwederskiej, Chełmskiej, Sobieskiego i Dolnej.");
        Assert.Equal("w obszarze ulic: Belwederskiej, Chełmskiej, Sobieskiego i Dolnej", parsed.SourceText);
        AssertStreets(parsed,
            ("Belwederskiej", Inflected, "Ulica Belwederska"),
            ("Chełmskiej", Inflected, "Ulica Chełmska"),
            ("Sobieskiego", Exact, "Ulica Jana III Sobieskiego"),
            ("Dolnej", Inflected, "Ulica Dolna"));
    }

    [Fact]
    public void Wola_alleys_and_a_regnal_number()
    {
        var parsed = Parse("rejon ograniczony: al. Solidarności, al. Jana Pawła II, ul. Okopowa i ul. Chłodna", "Wola");
        AssertStreets(parsed,
            ("al. Solidarności", Exact, "Aleja Solidarności"),
            ("al. Jana Pawła II", Exact, "Aleja Jana Pawła II"),
            ("ul. Okopowa", Exact, "Ulica Okopowa"),
            ("ul. Chłodna", Exact, "Ulica Chłodna"));
    }

    [Fact]
    public void A_pasted_list_over_several_lines()
    {
        var parsed = Parse("Granice rejonu:\nSłowackiego,\nKrasińskiego,\nWybrzeże Gdyńskie\n\nKontakt: ul. Malczewskiego 44a", "Żoliborz");
        AssertStreets(parsed,
            ("Słowackiego", Exact, "Ulica Juliusza Słowackiego"),
            ("Krasińskiego", Exact, "Ulica Zygmunta Krasińskiego"),
            ("Wybrzeże Gdyńskie", Exact, "Ulica Wybrzeże Gdyńskie"));
    }

    [Fact]
    public void A_bare_list_without_a_lead_in()
    {
        var parsed = Parse("Broniewskiego / Krasińskiego / Powązkowska / Armii Krajowej", "Żoliborz");
        Assert.Equal(4, parsed.Streets.Count);
        Assert.True(parsed.AllResolved);
        Assert.Equal("Broniewskiego / Krasińskiego / Powązkowska / Armii Krajowej", parsed.SourceText);
    }

    [Fact]
    public void Instrumental_with_the_type_word_in_front()
    {
        var parsed = Parse("Obszar ograniczony jest ulicą Marymoncką, ulicą Gwiaździstą i aleją Armii Krajowej.");
        AssertStreets(parsed,
            ("Marymoncką", Inflected, "Ulica Marymoncka"),
            ("ulicą Gwiaździstą", Inflected, "Ulica Gwiaździsta"),
            ("aleją Armii Krajowej", Exact, "Aleja Armii Krajowej"));
    }

    [Fact]
    public void A_school_catchment_in_english_word_order_still_finds_streets_between_commas()
    {
        var parsed = Parse("Ulice obwodu: Nowogrodzka; Emilii Plater; Marszałkowska");
        Assert.Equal(3, parsed.Streets.Count);
        Assert.All(parsed.Streets, s => Assert.Equal(Exact, s.Confidence));
        Assert.Equal(DescriptionSeparator.Comma, parsed.Streets[1].Separator);
    }

    [Fact]
    public void Nothing_to_read_gives_no_streets()
    {
        Assert.Empty(Parse("").Streets);
        Assert.DoesNotContain(Parse("Zapraszamy wszystkich mieszkańców!").Streets, s => s.Confidence != Unmatched);
    }

    [Fact]
    public void Never_throws_for_any_text()
    {
        string[] fragments = ["ulicami:", "w tym", " i ", " oraz ", " a ", "/", ",", ".", "(", ")", "al.", "Gen.", "Słowackiego", "Trasy AK",
            "Włościańską", "\n", " – ", ":", "Park", "wzdłuż", "od", "ą", "J.", " ", "Żwirki i Wigury"];
        Gen<int[]> picks = Gen.Int[0, fragments.Length - 1].Array[0, 30];
        Gen<string> composed = Gen.Select(picks, p => string.Concat(p.Select(i => fragments[i])));
        var gen = Gen.OneOf(Gen.String, composed);
        SeededProperty.ForAll(gen, 20261202, 3000, text =>
        {
            var parsed = Parse(text);
            Assert.All(parsed.Streets, s => Assert.Equal(s.Written, text.Substring(s.Start, s.Written.Length)));
        });
    }
}
