using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CoverageMap.Cli.Localization;

namespace CoverageMap.Cli.Commands;

/// <summary>Options shared by several commands, their help in <see cref="CliText"/>'s language.</summary>
internal static class CommonOptions
{
    /// <summary>The SQLite store; the server's default location.</summary>
    public static Option<FileInfo> Database(CliText t) => new("--db")
    {
        Description = t["DbOption"],
        DefaultValueFactory = _ => new FileInfo(Path.Combine("data", "coveragemap.db")),
    };

    /// <summary>The server's own setting of the PostgreSQL store, which <c>--postgres</c> falls back to, so one setting serves both.</summary>
    public const string PostgresVariable = "CoverageMap__Store__Postgres";

    /// <summary>
    /// The store on PostgreSQL + PostGIS instead of the SQLite file: an Npgsql connection string; when not given,
    /// <see cref="PostgresVariable"/> (read by <see cref="StoreLocation.From"/>, not as the option's default value: the
    /// help prints a default, and a connection string holds a password).
    /// </summary>
    public static Option<string?> Postgres(CliText t) => new("--postgres")
    {
        Description = t["PostgresOption"],
    };

    /// <summary>The project's geodata folder (registry and built areas).</summary>
    public static Option<DirectoryInfo> Geodata(CliText t) => new("--geodata")
    {
        Description = t["GeodataOption"],
        DefaultValueFactory = _ => new DirectoryInfo("geodata"),
    };

    /// <summary>
    /// A distance in metres, <paramref name="byDefault"/> when not given, read the same on every machine (see
    /// <see cref="DecimalNumber"/>).
    /// </summary>
    public static Option<double> Metres(string name, string description, double byDefault) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => byDefault,
        CustomParser = DecimalNumber,
    };

    /// <summary>
    /// A number with a decimal point or a decimal comma (2.5 and 2,5 alike), no thousands separator, whatever the
    /// machine's culture — System.CommandLine reads it by the culture, and 2,5 was then 25 on an English system and an
    /// error on a Polish one for 2.5. Anything else is a parse error on the option, worded by <see cref="ParseErrorText"/>.
    /// </summary>
    public static double DecimalNumber(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (double.TryParse(token.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        result.AddError(string.IsNullOrWhiteSpace(token) ? "\"\"" : token);   // ParseErrorText reads the place and the token; this is not shown
        return 0;
    }

    /// <summary>Dry run is the default; this writes.</summary>
    public static Option<bool> Apply(CliText t) => new("--apply")
    {
        Description = t["ApplyOption"],
    };
}
