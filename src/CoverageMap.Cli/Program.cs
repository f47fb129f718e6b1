using System.CommandLine;
using CoverageMap.Cli.Commands;

var root = new RootCommand("CoverageMap: build partnership areas from their bounding streets, import data, manage dataset versions.")
{
    StoreCommands.Versions(),
    StoreCommands.Activate(),
    ImportCommand.Create(),
    BuildAreasCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
