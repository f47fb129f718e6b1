using System.CommandLine;
using CoverageMap.Cli;

namespace CoverageMap.Cli.Tests;

/// <summary>"Hardening": dry runs and <c>versions</c> write nothing; bad input is one line and exit code 2.</summary>
public sealed class CliHardeningTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-hardening-").FullName;

    private string Db => Path.Combine(_dir, "data", "store.db");

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliRun.RunGuarded([.. args, "--lang", "en"]);   // the English messages; the Polish ones are read without --lang

    // Defect: `import` and `import-addresses` dry runs created (and migrated) the database file.
    [Fact]
    public async Task Dry_runs_create_no_database_not_even_its_folder()
    {
        var import = await Run("import", "--db", Db, "--geodata", SharedData.RepoPath("geodata"));
        Assert.Equal(0, import.Exit);
        var gml = Path.Combine(AppContext.BaseDirectory, "Fixtures", "prg-punkty-adresowe-warszawa.gml");
        var addresses = await Run("import-addresses", gml, "--db", Db);
        Assert.Equal(0, addresses.Exit);
        Assert.Contains("added:     36", addresses.Output);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Db)), "a dry run wrote to the store's folder");
    }

    // Defect: `versions` created and migrated a missing database instead of saying there is none.
    [Fact]
    public async Task Versions_says_clearly_when_there_is_no_database_and_creates_none()
    {
        var result = await Run("versions", "--db", Db);
        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.Contains("There is no store at", result.Error);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Versions_opens_an_existing_store_read_only_and_lists_origin_and_label()
    {
        Assert.Equal(0, (await Run("import", "--db", Db, "--geodata", SharedData.RepoPath("geodata"), "--apply", "--activate")).Exit);
        var before = File.ReadAllBytes(Db);
        var result = await Run("versions", "--db", Db);
        Assert.Equal(0, result.Exit);
        Assert.Contains("import  import geodata", result.Output);
        Assert.Equal(before, File.ReadAllBytes(Db));
    }

    // Defect: input errors were printed as "Unhandled exception" with a stack trace (exit 1).
    [Fact]
    public async Task Bad_input_is_one_clear_line_and_exit_code_2()
    {
        var geodata = Path.Combine(_dir, "geodata");
        Directory.CreateDirectory(geodata);
        File.WriteAllText(Path.Combine(geodata, "partnerships.json"), "{ \"schema\": 1, ");
        var result = await Run("import", "--db", Db, "--geodata", geodata);
        Assert.Equal(CliApp.BadInput, result.Exit);
        Assert.StartsWith("coveragemap: ", result.Error);
        Assert.Contains("partnerships.json", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
