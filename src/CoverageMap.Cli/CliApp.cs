using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using CoverageMap.Cli.Commands;
using CoverageMap.Cli.Localization;
using CoverageMap.Data.Registry;

namespace CoverageMap.Cli;

/// <summary>The <c>coveragemap</c> command tree.</summary>
public static class CliApp
{
    /// <summary>Exit code of bad input a person can fix (a missing or invalid file, an unusable store).</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Parses and runs a command line. Bad input (a missing or malformed file, an invalid registry or geometry, a store
    /// that cannot be used as asked, an unknown <c>--lang</c>) is one clear line on stderr and exit code
    /// <see cref="BadInput"/>, never an "Unhandled exception" with a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return await InvokeAsync(args, configuration);
        }
        catch (Exception e) when (CliProblems.IsBadInput(e))
        {
            CliText text;
            try { text = CliText.For(args, Environment.GetEnvironmentVariable(CliText.EnvironmentVariable)); }
            catch (CliInputException) { text = CliText.Polish; }   // the unknown language is e itself, already worded
            await configuration.Error.WriteLineAsync(CliProblems.Text(text, e));
            return BadInput;
        }
    }

    /// <summary>
    /// Parses and runs a command line in the language it asks for (<c>--lang</c>, else <c>COVERAGEMAP_LANG</c>, else
    /// Polish), System.CommandLine's own words (usage, parse errors) included; exceptions propagate.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration configuration)
    {
        var text = CliText.For(args, Environment.GetEnvironmentVariable(CliText.EnvironmentVariable));
        // An async method's change of culture is undone for its caller when it returns.
        CultureInfo.CurrentUICulture = text.Culture;
        var parse = Create(text).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not CliHelp)
            throw new CliInputException(ParseProblem(text, parse, args));
        return await parse.InvokeAsync(configuration);
    }

    /// <summary>
    /// What is wrong with a command line, in the catalogue's words (a missing command, option or argument, an unknown
    /// word; the errors System.CommandLine words itself through <see cref="ParseErrorText"/>), with the help to read.
    /// </summary>
    private static string ParseProblem(CliText text, ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        var names = new List<string>();
        for (var r = parse.CommandResult; r.Parent is CommandResult parent; r = parent) names.Insert(0, r.Command.Name);   // the root's name is the host's
        var missingOption = command.Options.FirstOrDefault(o => o.Required && parse.GetResult(o) is null or { Implicit: true });
        var missingArgument = command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not { Tokens.Count: > 0 });
        // An @file of arguments that cannot be read first: the words it should have held are missing from the rest.
        var problem = parse.Errors.FirstOrDefault(e => e.SymbolResult is null) is { } unreadable ? ParseErrorText.Of(text, unreadable, args)
            : parse.UnmatchedTokens.Count > 0 ? text["ParseUnknown", string.Join(" ", parse.UnmatchedTokens)]
            : missingOption is not null ? text["ParseMissingOption", missingOption.Name]
            : missingArgument is not null ? text["ParseMissingArgument", missingArgument.Name]
            : command.Subcommands.Count > 0 && parse.Errors.All(e => e.SymbolResult is CommandResult) ? text["ParseMissingCommand"]
            : string.Join("; ", parse.Errors.Select(e => ParseErrorText.Of(text, e, args)).Distinct());
        return text["ParseHelp", problem, string.Join(' ', names.Prepend("coveragemap"))];
    }

    /// <summary>Creates the root command with every subcommand, its help in <paramref name="text"/>'s language.</summary>
    internal static RootCommand Create(CliText text)
    {
        var root = new RootCommand(text["RootDescription"])
        {
            Language(text),
            StoreCommands.Versions(text),
            StoreCommands.Activate(text),
            ImportCommand.Create(text),
            ExchangeCommands.Export(text),
            ExchangeCommands.ImportAreas(text),
            BuildAreasCommand.Create(text),
            ImportAddressesCommand.Create(text),
            CheckRulesCommand.Create(text),
            EvaluateAddressesCommand.Create(text),
            BatchCommand.Create(text),
            KeyCommands.Create(text),
        };
        // System.CommandLine's own options and help, in the catalogue's words too (its Polish resources lack these).
        foreach (var option in root.Options)
        {
            if (option is System.CommandLine.Help.HelpOption help) (help.Description, help.Action) = (text["HelpOption"], new CliHelp(text));
            else if (option is VersionOption) option.Description = text["VersionOption"];
        }
        return root;
    }

    /// <summary>
    /// <c>--lang pl|en</c> on every command. The language is read from the command line before the tree is built
    /// (<see cref="CliText.For"/>: the help is in it too); the option is here so the parser accepts it and the help lists it.
    /// </summary>
    private static Option<string> Language(CliText text) => new(CliText.OptionName)
    {
        Description = text["LangOption", CliText.EnvironmentVariable],
        Recursive = true,
        DefaultValueFactory = _ => text.Language == Server.Http.ApiLanguage.En ? "en" : "pl",
    };
}
