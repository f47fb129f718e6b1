using System.Collections;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace CoverageMap.Cli.Localization;

/// <summary>
/// <c>--help</c> of every command wholly in the CLI catalogue's words (<see cref="CliText"/>): the headings (Opis,
/// Użycie, Argumenty, Opcje, Polecenia / Description, Usage, Arguments, Options, Commands), the usage placeholders
/// (<c>[polecenie] [opcje]</c> / <c>[command] [options]</c>), <c>[domyślnie: …]</c> / <c>[default: …]</c> after an
/// option with a default and <c>(wymagana)</c> / <c>(required)</c> after a required one — in System.CommandLine's layout
/// (the same sections in the same order, two columns, wrapped to the terminal's width). The action of the root's
/// <see cref="HelpOption"/>, which is recursive, so of every subcommand's too. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Written from the public symbol model (<see cref="Command"/>, <see cref="Option"/>, <see cref="Argument"/>), not by
/// customising System.CommandLine's help nor by rewriting its output: in System.CommandLine 2.0.15 <c>HelpBuilder</c>,
/// <c>HelpContext</c>, <c>HelpBuilder.Default</c> and <c>HelpAction.Builder</c> are internal (made so before 2.0
/// shipped, dotnet/command-line-api#2563), so neither a heading nor the default-value label can be replaced through its
/// API; its Polish satellite resource lacks "Description:", "[default: …]", "(REQUIRED)" and the usage placeholders.
/// Not written: the section on additional arguments (<c>[[--] &lt;additional arguments&gt;...]]</c>) System.CommandLine
/// adds for a command that lets unmatched words through (<see cref="Command.TreatUnmatchedTokensAsErrors"/> off): no
/// command of this CLI does.
/// </remarks>
internal sealed class CliHelp(CliText text) : SynchronousCommandLineAction
{
    private const string Indent = "  ";

    /// <summary>Help, like System.CommandLine's, is asked for even on a command line with errors (a required option missing).</summary>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        Write(parseResult.CommandResult.Command, output, ReferenceEquals(output, Console.Out) ? TerminalWidth() : int.MaxValue);
        return 0;
    }

    /// <summary>
    /// Writes the help of <paramref name="command"/>: its description, usage, arguments, options and subcommands, lines
    /// wrapped to <paramref name="width"/> characters.
    /// </summary>
    public void Write(Command command, TextWriter output, int width = int.MaxValue)
    {
        if (command.Hidden) return;
        var lineage = Lineage(command).ToList();
        Section(output, "HelpDescriptionHeading", Wrap(command.Description ?? "", width - Indent.Length).Select(l => Indent + l));
        Section(output, "HelpUsageHeading", Wrap(Usage(command, lineage), width - Indent.Length).Select(l => Indent + l));
        Section(output, "HelpArgumentsHeading", Columns(width, Enumerable.Reverse(lineage).SelectMany(c => c.Arguments).Where(a => !a.Hidden)
            .Select(a => (ValueLabel(a) ?? $"<{a.Name}>", WithDefault(a.Description, a.HasDefaultValue, a.ValueType, a.GetDefaultValue))).Distinct()));
        Section(output, "HelpOptionsHeading", Columns(width, Options(command, lineage)
            .Select(o => (Label(o), WithDefault(o.Description, o.HasDefaultValue, o.ValueType, o.GetDefaultValue)))));
        Section(output, "HelpCommandsHeading", Columns(width, command.Subcommands.Where(c => !c.Hidden).Select(c => (Label(c), c.Description ?? ""))));
    }

    /// <summary>A heading and its lines, then an empty line; nothing when there are no lines.</summary>
    private void Section(TextWriter output, string heading, IEnumerable<string> lines)
    {
        var body = lines.ToList();
        if (body.Count == 0) return;
        output.WriteLine(text[heading]);
        foreach (var line in body) output.WriteLine(line);
        output.WriteLine();
    }

    /// <summary>The command and the commands above it, innermost first.</summary>
    private static IEnumerable<Command> Lineage(Command command)
    {
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault()) yield return c;
    }

    /// <summary><c>coveragemap keys revoke &lt;id&gt; [opcje]</c>: the names and arguments from the root down, then the placeholders.</summary>
    private string Usage(Command command, IReadOnlyList<Command> lineage)
    {
        var parts = new List<string>();
        foreach (var c in lineage.Reverse())
        {
            parts.Add(c.Parents.Any() ? c.Name : "coveragemap");   // the root's own name is the host's (testhost, dotnet)
            parts.AddRange(c.Arguments.Where(a => !a.Hidden).Select(a =>
                (a.Arity.MinimumNumberOfValues == 0 ? $"[<{a.Name}>" : $"<{a.Name}>") + (a.Arity.MaximumNumberOfValues > 1 ? "..." : "") + (a.Arity.MinimumNumberOfValues == 0 ? "]" : "")));
        }
        if (command.Subcommands.Any(c => !c.Hidden)) parts.Add(text["HelpUsageCommand"]);
        if (Options(command, lineage).Any()) parts.Add(text["HelpUsageOptions"]);
        return string.Join(' ', parts);
    }

    /// <summary>The options the command takes, as System.CommandLine lists them: its own (help and version last), then its parents' recursive ones.</summary>
    private static IEnumerable<Option> Options(Command command, IReadOnlyList<Command> lineage)
    {
        var own = command.Options.Where(o => !o.Hidden).OrderBy(o => o is HelpOption or VersionOption).ToList();
        var inherited = lineage.Skip(1).SelectMany(c => c.Options).Where(o => o is { Recursive: true, Hidden: false } && !(o is HelpOption && own.Any(h => h is HelpOption)));
        return own.Concat(inherited).Distinct();
    }

    /// <summary><c>-o, --output &lt;output&gt;</c>, <c>--network &lt;network&gt; (wymagana)</c>: the names shortest prefix first, the value, the required mark.</summary>
    private string Label(Option option)
    {
        var label = Names(option.Name, option.Aliases);
        if (ValueLabel(option) is { } value) label += " " + value;
        return option.Required ? label + " " + text["HelpRequired"] : label;
    }

    /// <summary><c>activate &lt;version&gt;</c>: the command's names and its arguments.</summary>
    private static string Label(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => ValueLabel(a) ?? $"<{a.Name}>").Prepend(Names(command.Name, command.Aliases)));

    /// <summary>The name and aliases, by prefix then name (<c>-?, -h, --help</c>: <c>/h</c> is <c>-h</c> again).</summary>
    private static string Names(string name, IEnumerable<string> aliases) => string.Join(", ", aliases.Prepend(name)
        .Select(a => (Prefix: a[..(a.Length - a.TrimStart('-', '/').Length)], Alias: a.TrimStart('-', '/')))
        .OrderBy(a => a.Prefix, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Alias, StringComparer.OrdinalIgnoreCase)
        .DistinctBy(a => a.Alias).Select(a => a.Prefix + a.Alias));

    /// <summary>
    /// What an option's value or an argument looks like: its help name, else its allowed values (<c>&lt;auto|csv|…&gt;</c>),
    /// else, for an option, its name; none for a switch.
    /// </summary>
    private static string? ValueLabel(Symbol symbol)
    {
        var (helpName, type, arity) = symbol switch
        {
            Option o => (o.HelpName, o.ValueType, o.Arity),
            Argument a => (a.HelpName, a.ValueType, a.Arity),
            _ => throw new ArgumentException($"{symbol.GetType()} has no value.", nameof(symbol)),
        };
        if (!string.IsNullOrWhiteSpace(helpName)) return $"<{helpName}>";
        if (type == typeof(bool) || type == typeof(bool?) || arity.MaximumNumberOfValues == 0) return null;
        var allowed = string.Join('|', symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label));
        return allowed.Length > 0 ? $"<{allowed}>" : symbol is Option ? $"<{symbol.Name.TrimStart('-', '/')}>" : null;
    }

    /// <summary>The description, then <c>[domyślnie: …]</c> when there is a default worth showing (not for a switch).</summary>
    private string WithDefault(string? description, bool hasDefault, Type type, Func<object?> defaultValue)
    {
        var shown = hasDefault && type != typeof(bool) && type != typeof(bool?) ? defaultValue() switch
        {
            null => "",
            string s => s,
            IEnumerable many => string.Join('|', many.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",   // as it is typed on a command line
        } : "";
        return string.IsNullOrWhiteSpace(shown) ? description ?? "" : $"{description} {text["HelpDefault", shown]}".Trim();
    }

    /// <summary>
    /// Rows in two columns: the first as wide as its widest cell (when the rows do not fit, at most half the width, its
    /// cells wrapped), the second wrapped beside it.
    /// </summary>
    private static IEnumerable<string> Columns(int width, IEnumerable<(string First, string Second)> rows)
    {
        var all = rows.ToList();
        if (all.Count == 0) yield break;
        int first = all.Max(r => r.First.Length), second = all.Max(r => r.Second.Length);
        if (first + second + 2 * Indent.Length > width)
        {
            var most = Math.Max(1, width / 2 - Indent.Length);
            if (first > most) first = all.SelectMany(r => Wrap(r.First, most)).Max(l => l.Length);
            second = Math.Max(1, width - first - 2 * Indent.Length);
        }
        foreach (var (left, right) in all)
        {
            var lefts = Wrap(left, first).ToList();
            var rights = Wrap(right, second).ToList();
            for (int i = 0; i < Math.Max(lefts.Count, rights.Count); i++)
            {
                var l = i < lefts.Count ? lefts[i] : "";
                yield return i < rights.Count && rights[i].Length > 0 ? Indent + l.PadRight(first) + Indent + rights[i] : Indent + l;
            }
        }
    }

    /// <summary>Text broken into lines of at most <paramref name="width"/> characters, at spaces where it can be; nothing for no text.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var rest = line;
            while (rest.Length > width)
            {
                var cut = rest.LastIndexOf(' ', width);
                if (cut <= 0) cut = width;
                yield return rest[..cut].TrimEnd();
                rest = rest[cut..].TrimStart();
            }
            yield return rest;
        }
    }

    /// <summary>The terminal's width, as System.CommandLine's help takes it; unlimited when the output is redirected.</summary>
    private static int TerminalWidth()
    {
        try { return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? int.MaxValue : Console.WindowWidth; }
        catch (IOException) { return int.MaxValue; }
        catch (PlatformNotSupportedException) { return int.MaxValue; }
    }
}
