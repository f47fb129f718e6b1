using CoverageMap.Cli;

return await CliApp.Create().Parse(args).InvokeAsync();
