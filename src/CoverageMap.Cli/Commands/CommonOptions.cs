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

    /// <summary>
    /// The store on PostgreSQL + PostGIS instead of the SQLite file: an Npgsql connection string; by default the server's
    /// own setting, the environment variable <c>CoverageMap__Store__Postgres</c>, so one setting serves both.
    /// </summary>
    public static Option<string?> Postgres(CliText t) => new("--postgres")
    {
        Description = t["PostgresOption"],
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CoverageMap__Store__Postgres") is { Length: > 0 } cs ? cs : null,
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
