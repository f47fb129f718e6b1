using System.Text;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Registry;

namespace CoverageMap.Data.Tests.Registry;

public sealed class PartnershipRegistryFileTests
{
    private static readonly Lazy<Core.Registry.PartnershipRegistry> Real =
        new(() => PartnershipRegistryFile.Load(SharedData.RepoPath("geodata", "partnerships.json")));

    [Fact]
    public void The_registry_holds_the_five_partnerships_of_the_seeds()
    {
        var ids = Real.Value.Partnerships.Select(p => p.Id).ToList();
        Assert.Equal(["dla-zatrasia-i-rudawki", "marymont-kaskada", "zoliborz-oficerski", "sady-zoliborskie", "moje-wierzbno"], ids);
        Assert.Equal(4, Real.Value.Partnerships.Count(p => p.District == "Żoliborz"));
        Assert.Equal("Mokotów", Real.Value.Find("moje-wierzbno")!.District);
    }

    [Theory]
    [InlineData("dla-zatrasia-i-rudawki", "2011")]
    [InlineData("marymont-kaskada", "2013-05")]
    [InlineData("zoliborz-oficerski", "2013-11")]
    [InlineData("sady-zoliborskie", "2014-10")]
    [InlineData("moje-wierzbno", "2009")]
    public void Founding_dates_are_as_precise_as_the_source(string id, string founded) =>
        Assert.Equal(founded, Real.Value.Find(id)!.Founded);

    [Fact]
    public void Former_name_of_Zatrasie_and_Rudawka_is_kept_with_its_years()
    {
        var p = Real.Value.Find("dla-zatrasia-i-rudawki")!;
        var former = Assert.Single(p.FormerNames);
        Assert.Equal(("Nasz Żoliborz IV", 2011, (int?)2018), (former.Name, former.From, former.To));
        Assert.Equal("Dla Zatrasia i Rudawki", p.Name);
    }

    [Fact]
    public void Bounding_streets_are_in_the_source_order_and_supplements_say_why()
    {
        var oficerski = Real.Value.Find("zoliborz-oficerski")!.Boundary;
        Assert.Equal(["Krajewskiego", "Gen. Zajączka", "Mickiewicza", "Mierosławskiego", "Czarnieckiego", "Krasińskiego", "Wybrzeże Gdyńskie"],
            oficerski.Streets.Select(s => s.Name));
        // Issue 13: with the 2026-12 skeleton the four streets of the source close Sady Żoliborskie's ring, so its
        // Krasińskiego supplement is gone and the note says why; Moje Wierzbno's Puławska is the only supplement left.
        var sady = Real.Value.Find("sady-zoliborskie")!.Boundary;
        Assert.Equal(["Włościańską", "Słowackiego", "Popiełuszki", "Broniewskiego"], sady.Streets.Select(s => s.Name));
        Assert.All(sady.Streets, s => Assert.True(s.InSource));
        Assert.Contains("Krasińskiego", sady.Note);
        var supplement = Assert.Single(Real.Value.Partnerships.SelectMany(p => p.Boundary.Streets), s => !s.InSource);
        Assert.Equal("Puławska", supplement.Name);
        Assert.False(string.IsNullOrWhiteSpace(supplement.Why));
        var kaskada = Real.Value.Find("marymont-kaskada")!.Boundary;
        Assert.Equal(("Park Kaskada", "inside"), (kaskada.Extras.Single().Name, kaskada.Extras.Single().Rule));
    }

    [Fact]
    public void Moje_Wierzbno_uses_the_MSI_definition_and_keeps_the_contact()
    {
        var p = Real.Value.Find("moje-wierzbno")!;
        Assert.Equal("msi", p.Boundary.Basis);
        Assert.Equal(["Racławicka", "Puławska", "Woronicza", "Wołoska"], p.Boundary.Streets.Select(s => s.Name));
        Assert.False(p.Boundary.Streets.Single(s => s.Name == "Puławska").InSource);
        Assert.Contains("Dolna", p.Boundary.SourceText);
        Assert.Equal("ul. Malczewskiego 44a", p.Contact!.Street);
        Assert.Equal("02-622", p.Contact.Postcode);
        Assert.Contains("Stowarzyszenie W Stronę Marzeń", p.Members);
    }

    [Fact]
    public void Problems_are_all_listed_with_the_partnership_and_field()
    {
        const string json = """
            { "schema": 1, "sources": [{"id":"s","title":"t","description":"d"}], "partnerships": [
              { "id": "Zła Nazwa", "name": "", "fullName": "x", "formerNames": [{"name":"n","from":2018,"to":2011}], "aliases": [],
                "district": "Żoliborz", "neighbourhoods": [], "founded": "maj 2013", "coordinator": null, "initiators": [], "members": [],
                "contact": null, "description": "d", "activities": [],
                "boundary": { "basis": "guess", "sourceText": "x", "streets": [{"name":"A","inSource":false}], "extras": [{"name":"P","kind":"park","rule":"near"}], "note": null },
                "source": "s" } ] }
            """;
        var ex = Assert.Throws<RegistryValidationException>(() => PartnershipRegistryFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));
        Assert.Equal("bad.json", ex.Path);
        Assert.Contains(InputFault.Of(InputProblem.RegistryIdNotSlug, "1", "Zła Nazwa"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryFieldEmpty, "1", "Zła Nazwa", "name"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryFounded, "1", "Zła Nazwa", "maj 2013"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryFormerNameYears, "1", "Zła Nazwa", "n", "2011", "2018"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryBasis, "1", "Zła Nazwa", "guess", "source, msi"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryTooFewStreets, "1", "Zła Nazwa"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryStreetNoWhy, "1", "Zła Nazwa", "A"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryExtraRule, "1", "Zła Nazwa", "P", "near", "inside, union"), ex.Faults);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Assert.Throws<RegistryValidationException>(() =>
            PartnershipRegistryFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes("{\n \"schema\": 1,\n \"sources\": [,\n}")), "broken.json"));
        var fault = Assert.Single(ex.Faults);
        Assert.Equal(InputProblem.RegistryNotJson, fault.Problem);
        Assert.Equal("3", fault.Facts[0]);
    }
}
