using System.Text;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Rules;
using CoverageMap.Data.Registry;
using CoverageMap.Data.Rules;

namespace CoverageMap.Data.Tests.Rules;

public sealed class StreetRulesFileTests
{
    private static StreetRuleSet Parse(string json, bool withRegistry = true) =>
        StreetRulesFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json",
            withRegistry ? PartnershipRegistryFile.Load(SharedData.RepoPath("geodata", PartnershipRegistryFile.FileName)) : null);

    [Fact]
    public void The_repository_rules_file_loads_with_the_registry()
    {
        var registry = PartnershipRegistryFile.Load(SharedData.RepoPath("geodata", PartnershipRegistryFile.FileName));

        var rules = StreetRulesFile.LoadFromGeodata(SharedData.RepoPath("geodata"), registry);

        Assert.Empty(StreetRuleChecker.Check(rules, registry.Partnerships.Select(p => p.Id).ToList()));
    }

    [Fact]
    public void Rules_are_read_with_parity_words_and_open_ranges()
    {
        var rules = Parse("""
            { "schema": 1, "description": "test fixture: example rules, not real ones", "rules": [
              { "id": "ex-1", "street": "Juliusza Słowackiego", "streetId": null, "from": 30, "to": null, "parity": "even", "partnershipId": "marymont-kaskada", "source": "test", "note": null }
            ] }
            """);

        var rule = Assert.Single(rules.Rules);
        Assert.Equal(NumberParity.Even, rule.Parity);
        Assert.Null(rule.To);
        Assert.True(HouseNumber.TryParse("112", out var n));
        Assert.Same(rule, Assert.Single(rules.Evaluate("ul. Słowackiego", n)));
    }

    [Fact]
    public void Every_problem_is_listed()
    {
        var ex = Assert.Throws<RegistryValidationException>(() => Parse("""
            { "schema": 1, "description": null, "rules": [
              { "id": "a", "street": "Krasińskiego", "streetId": null, "from": 10, "to": 2, "parity": "all", "partnershipId": "nie-ma-takiego", "source": null, "note": null },
              { "id": "a", "street": "", "streetId": null, "from": 0, "to": null, "parity": "odd", "partnershipId": "marymont-kaskada", "source": null, "note": null }
            ] }
            """));

        Assert.Contains(InputFault.Of(InputProblem.RulesToBelowFrom, "1", "a", "2", "10"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RulesUnknownPartnership, "1", "a", "nie-ma-takiego"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RegistryIdTwice, "2", "a"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RulesFieldEmpty, "2", "a", "street"), ex.Faults);
        Assert.Contains(InputFault.Of(InputProblem.RulesFromBelowOne, "2", "a", "0"), ex.Faults);
    }

    [Fact]
    public void An_unknown_parity_word_is_a_load_error()
    {
        Assert.Throws<RegistryValidationException>(() => Parse("""
            { "schema": 1, "description": null, "rules": [
              { "id": "a", "street": "Krasińskiego", "streetId": null, "from": 1, "to": 9, "parity": "nieparzyste", "partnershipId": "marymont-kaskada", "source": null, "note": null } ] }
            """, withRegistry: false));
    }
}
