using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;

namespace CoverageMap.Cli.Localization;

/// <summary>
/// A parse error System.CommandLine words itself, in the CLI catalogue's words: an option given more than once or
/// without its value, a value that is not a number, not a whole number, too large, not one of the allowed ones or an empty
/// file name, <c>--version</c> with other words, an <c>@file</c> of arguments that cannot be read. Told from where the
/// error sits in the parse (which option or argument, its tokens and value type), never from System.CommandLine's English
/// or Polish message; an error of another kind (none the commands can cause today) keeps that message. Stateless.
/// </summary>
internal static class ParseErrorText
{
    /// <summary>
    /// The error in <paramref name="t"/>'s words; <paramref name="args"/> (the command line) names the file of arguments
    /// an error without a place refers to (the tokenizer's only error).
    /// </summary>
    public static string Of(CliText t, ParseError error, IReadOnlyList<string> args) => error.SymbolResult switch
    {
        null => t["ParseArgumentFile", args.FirstOrDefault(a => a.Length > 1 && a[0] == '@')?[1..] ?? "?"],
        OptionResult { Option: VersionOption } o => t["ParseVersionAlone", Name(o)],
        OptionResult o when o.Tokens.Count > o.Option.Arity.MaximumNumberOfValues => t["ParseOptionTwice", Name(o)],
        OptionResult o when o.Tokens.Count == 0 => t["ParseOptionNoValue", Name(o)],
        OptionResult o => Value(t, Name(o), o.Option.ValueType, o.Option.GetCompletions(CompletionContext.Empty), o.Tokens[0].Value) ?? error.Message,
        ArgumentResult { Tokens.Count: 0 } a => t["ParseMissingArgument", a.Argument.Name],
        ArgumentResult a => Value(t, $"<{a.Argument.Name}>", a.Argument.ValueType, a.Argument.GetCompletions(CompletionContext.Empty), a.Tokens[0].Value) ?? error.Message,
        CommandResult { Command.Subcommands.Count: > 0, Command.Action: null } => t["ParseMissingCommand"],
        _ => error.Message,
    };

    /// <summary>The option as it was written (<c>-o</c> or <c>--output</c>).</summary>
    private static string Name(OptionResult o) => o.IdentifierToken?.Value ?? o.Option.Name;

    /// <summary>What is wrong with <paramref name="value"/> given for <paramref name="name"/>, judged by the allowed values and the type; null when neither explains it.</summary>
    private static string? Value(CliText t, string name, Type type, IEnumerable<CompletionItem> completions, string value)
    {
        var allowed = completions.Select(c => c.Label).ToList();
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (allowed.Count > 0 && type != typeof(bool) && !allowed.Contains(value, StringComparer.Ordinal))
            return t["ParseNotAllowed", name, value, string.Join(", ", allowed)];
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) || type == typeof(ulong))
            return value.TrimStart('-', '+') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit)
                ? t["ParseNumberTooLarge", name, value]
                : t["ParseNotWholeNumber", name, value];
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return t["ParseNotNumber", name, value];
        if (typeof(FileSystemInfo).IsAssignableFrom(type) && string.IsNullOrWhiteSpace(value)) return t["ParseNoFileName", name];
        return null;
    }
}
