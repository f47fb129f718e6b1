using System.CommandLine;
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

    /// <summary>Dry run is the default; this writes.</summary>
    public static Option<bool> Apply(CliText t) => new("--apply")
    {
        Description = t["ApplyOption"],
    };
}
