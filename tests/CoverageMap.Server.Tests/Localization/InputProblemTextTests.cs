using CoverageMap.Core.Problems;
using CoverageMap.Data.Registry;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Tests.Localization;

/// <summary>Every input problem has its own sentence in Polish and English, and a file's faults are counted with the Polish plural.</summary>
public sealed class InputProblemTextTests
{
    private static readonly string[] Facts = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"];

    [Fact]
    public void Every_problem_has_a_Polish_and_an_English_sentence_of_its_own()
    {
        var polish = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in Enum.GetValues<InputProblem>())
        {
            var fault = new InputFault(problem, Facts);
            var pl = InputProblemText.Text(ApiLanguage.Pl, fault);
            var en = InputProblemText.Text(ApiLanguage.En, fault);
            Assert.NotEqual(pl, en);
            Assert.DoesNotContain("{", pl, StringComparison.Ordinal);
            Assert.True(polish.Add(pl), $"{problem} says what another problem says: {pl}");
        }
    }

    [Theory]
    [InlineData(2, "partnerships.json: 2 problemy:")]
    [InlineData(5, "partnerships.json: 5 problemów:")]
    [InlineData(22, "partnerships.json: 22 problemy:")]
    public void A_registry_files_faults_are_counted_with_the_Polish_plural(int count, string heading)
    {
        var faults = Enumerable.Range(1, count).Select(i => InputFault.Of(InputProblem.RegistryTooFewStreets, i.ToString(), "p" + i)).ToList();
        var lines = InputProblemText.Lines(ApiLanguage.Pl, new RegistryValidationException("partnerships.json", faults));

        Assert.Equal(count + 1, lines.Count);
        Assert.Equal(heading, lines[0]);
        Assert.Equal("Wpis nr 1 (p1): granica musi wymieniać co najmniej dwie ulice.", lines[1]);
    }

    [Fact]
    public void A_registry_files_one_fault_is_one_line_naming_the_file()
    {
        var e = new RegistryValidationException("street-rules.json", [InputFault.Of(InputProblem.RulesToBelowFrom, "2", "krasinskiego-1", "2", "10")]);

        Assert.Equal(["street-rules.json: Rule 2 (krasinskiego-1): the last number (to = 2) is below the first (from = 10)."],
            InputProblemText.Lines(ApiLanguage.En, e));
        Assert.Equal(["street-rules.json: Reguła nr 2 (krasinskiego-1): numer końcowy (to = 2) jest mniejszy niż początkowy (from = 10)."],
            InputProblemText.Lines(ApiLanguage.Pl, e));
    }
}
