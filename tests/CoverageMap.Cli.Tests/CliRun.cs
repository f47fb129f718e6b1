using System.CommandLine;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Tests;

/// <summary>Runs <c>coveragemap</c> in process with captured output, and reads a test's store. Stateless.</summary>
internal static class CliRun
{
    /// <summary>The committed fixture of that name, copied beside the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Runs the command line; returns its exit code, standard output and standard error.</summary>
    public static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command line as <c>coveragemap</c> does (bad input is one line on stderr and exit code 2).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunGuarded(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>How many address points the SQLite store at <paramref name="db"/> holds, per source.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> StoredPoints(string db) => await new AddressPointStore(StoreOptions.Sqlite(db)).CountAsync();
}
