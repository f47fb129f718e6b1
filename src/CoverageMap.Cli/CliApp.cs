using System.CommandLine;
using CoverageMap.Cli.Commands;

namespace CoverageMap.Cli;

/// <summary>The <c>coveragemap</c> command tree.</summary>
public static class CliApp
{
    /// <summary>Creates the root command with every subcommand.</summary>
    public static RootCommand Create() => new("CoverageMap: build partnership areas from their bounding streets, import data and address points, check street rules, manage dataset versions.")
    {
        StoreCommands.Versions(),
        StoreCommands.Activate(),
        ImportCommand.Create(),
        BuildAreasCommand.Create(),
        ImportAddressesCommand.Create(),
        CheckRulesCommand.Create(),
        EvaluateAddressesCommand.Create(),
    };
}
