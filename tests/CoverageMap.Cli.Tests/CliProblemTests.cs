namespace CoverageMap.Cli.Tests;

/// <summary>
/// Bad input files said in the language asked for, from the one catalogue of input problems: every fault a person can
/// fix, on stderr with exit code 2, never the English of the code that found it. Each test with its own temp folder.
/// </summary>
public sealed class CliProblemTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-problems-").FullName;

    private string Db => Path.Combine(_dir, "store.db");

    [Theory]
    [InlineData("pl", "2 problemy:", "Wersja schematu 2 nie jest obsługiwana (oczekiwana: 1).", "Rejestr nie wymienia żadnego partnerstwa.")]
    [InlineData("en", "2 problems:", "Schema 2 is not supported (expected 1).", "The registry lists no partnership.")]
    public async Task A_registry_that_breaks_rules_lists_each_fault_in_the_language_asked_for(string lang, string heading, string schema, string none)
    {
        var geodata = Directory.CreateDirectory(Path.Combine(_dir, "geodata")).FullName;
        await File.WriteAllTextAsync(Path.Combine(geodata, "partnerships.json"), """{ "schema": 2, "sources": [], "partnerships": [] }""");

        var result = await CliRun.RunGuarded("check-rules", "--geodata", geodata, "--db", Db, "--lang", lang);

        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.Equal($"coveragemap: {Path.Combine(geodata, "partnerships.json")}: {heading}", result.Error.Split('\n')[0].TrimEnd());
        Assert.Contains("  - " + schema, result.Error, StringComparison.Ordinal);
        Assert.Contains("  - " + none, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl", "To nie jest poprawny JSON (wiersz 2, znak 3).")]
    [InlineData("en", "This is not valid JSON (line 2, character 3).")]
    public async Task A_registry_that_is_not_JSON_names_the_line(string lang, string expected)
    {
        var geodata = Directory.CreateDirectory(Path.Combine(_dir, "geodata")).FullName;
        await File.WriteAllTextAsync(Path.Combine(geodata, "partnerships.json"), "{\n  ]");

        var result = await CliRun.RunGuarded("check-rules", "--geodata", geodata, "--db", Db, "--lang", lang);

        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.Equal($"coveragemap: {Path.Combine(geodata, "partnerships.json")}: {expected}", result.Error.TrimEnd());
        Assert.DoesNotContain("invalid", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
