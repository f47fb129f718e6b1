using System.Globalization;
using System.Resources;
using CoverageMap.Cli.Commands;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

namespace CoverageMap.Cli.Localization;

/// <summary>
/// Every sentence <c>coveragemap</c> prints — reports, errors, progress labels, confirmations, the commands' and
/// options' help — from the CLI's catalogue (<c>Resources/Localization/Cli.resx</c>, Polish, and <c>Cli.en.resx</c>), read
/// through a <see cref="ResourceManager"/> as the server's problem and list catalogues are. Polish by default, English
/// with <c>--lang en</c> or <c>COVERAGEMAP_LANG=en</c>; counts with the server's one plural rule
/// (<see cref="AnswerText.PluralForm"/>: 1 partnerstwo, 2 partnerstwa, 5 partnerstw) and numbers as the language writes
/// them (12 345; 12,345). Immutable and thread-safe.
/// </summary>
internal sealed class CliText
{
    /// <summary>The environment variable that chooses the language when <c>--lang</c> is not given.</summary>
    public const string EnvironmentVariable = "COVERAGEMAP_LANG";

    /// <summary>The option's name (one global option of every command).</summary>
    public const string OptionName = "--lang";

    private static readonly ResourceManager Catalogue = new("CoverageMap.Cli.Resources.Localization.Cli", typeof(CliText).Assembly);

    public static readonly CliText Polish = new(ApiLanguage.Pl);
    public static readonly CliText English = new(ApiLanguage.En);

    private CliText(ApiLanguage language) => Language = language;

    /// <summary>The language of this catalogue.</summary>
    public ApiLanguage Language { get; }

    /// <summary>pl-PL or en-GB.</summary>
    public CultureInfo Culture => ListText.Culture(Language);

    /// <summary>The catalogue's sentence <paramref name="key"/>, its arguments filled in (numbers as the language writes them).</summary>
    public string this[string key, params object?[] args]
    {
        get
        {
            var format = Catalogue.GetString(key, Culture) ?? throw new InvalidOperationException($"The CLI's catalogue has no entry '{key}'.");
            return args.Length == 0 ? format : string.Format(Culture, format, args);
        }
    }

    /// <summary>A count with its noun in the right plural form (<c>Partnerships</c>: 1 partnerstwo, 2 partnerstwa, 5 partnerstw).</summary>
    public string Count(string noun, long n) =>
        this[noun + "_" + AnswerText.PluralForm((int)Math.Clamp(n, int.MinValue, int.MaxValue), Culture), Number(n)];

    /// <summary>A whole number as the language writes it: 12 345 in Polish, 12,345 in English.</summary>
    public string Number(long n) => n.ToString("#,0", Culture);

    /// <summary>A list of ids or names, or a dash when there is none.</summary>
    public static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "-";

    /// <summary>
    /// The language a command line asks for: the last <c>--lang pl|en</c> (also <c>--lang=en</c>), else
    /// <paramref name="environment"/> (the value of <see cref="EnvironmentVariable"/>), else Polish.
    /// </summary>
    /// <exception cref="CliInputException">The value names neither language.</exception>
    public static CliText For(IReadOnlyList<string> args, string? environment)
    {
        var fallback = Parse(environment) ?? Polish;
        if (environment is { Length: > 0 } && Parse(environment) is null)
            throw new CliInputException(fallback["UnknownLanguage", EnvironmentVariable, environment]);
        string? given = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            if (args[i] == OptionName) given = i + 1 < args.Count ? args[++i] : "";
            else if (args[i].StartsWith(OptionName + "=", StringComparison.Ordinal) || args[i].StartsWith(OptionName + ":", StringComparison.Ordinal))
                given = args[i][(OptionName.Length + 1)..];
        }
        if (given is null) return fallback;
        return Parse(given) ?? throw new CliInputException(fallback["UnknownLanguage", OptionName, given]);
    }

    private static CliText? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "pl" => Polish,
        "en" => English,
        _ => null,
    };
}
