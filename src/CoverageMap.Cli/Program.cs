using CoverageMap.Cli;

return await CliApp.RunAsync(args);
