using System.CommandLine;
using System.Text.Json;
using CoverageMap.Cli.Commands;
using CoverageMap.Data.Registry;

namespace CoverageMap.Cli;

/// <summary>The <c>coveragemap</c> command tree.</summary>
public static class CliApp
{
    /// <summary>Exit code of bad input a person can fix (a missing or invalid file, an unusable store).</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Parses and runs a command line. Bad input (a missing or malformed file, an invalid registry or geometry, a store
    /// that cannot be used as asked) is one clear line on stderr and exit code <see cref="BadInput"/>, never an
    /// "Unhandled exception" with a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return await Create().Parse(args).InvokeAsync(configuration);
        }
        catch (Exception e) when (e is CliInputException or InvalidDataException or RegistryValidationException or JsonException
            or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await configuration.Error.WriteLineAsync("coveragemap: " + e.Message.ReplaceLineEndings(" "));
            return BadInput;
        }
    }

    /// <summary>Creates the root command with every subcommand.</summary>
    public static RootCommand Create() => new("CoverageMap: build partnership areas from their bounding streets, import data and address points, export and import areas in GIS formats, check street rules, manage dataset versions and API keys.")
    {
        StoreCommands.Versions(),
        StoreCommands.Activate(),
        ImportCommand.Create(),
        ExchangeCommands.Export(),
        ExchangeCommands.ImportAreas(),
        BuildAreasCommand.Create(),
        ImportAddressesCommand.Create(),
        CheckRulesCommand.Create(),
        EvaluateAddressesCommand.Create(),
        BatchCommand.Create(),
        KeyCommands.Create(),
    };
}
