using System.CommandLine;

namespace CoverageMap.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The SQLite store; the server's default location.</summary>
    public static Option<FileInfo> Database() => new("--db")
    {
        Description = "SQLite store file (created when missing).",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("data", "coveragemap.db")),
    };

    /// <summary>
    /// The store on PostgreSQL + PostGIS instead of the SQLite file: an Npgsql connection string; by default the server's
    /// own setting, the environment variable <c>CoverageMap__Store__Postgres</c>, so one setting serves both.
    /// </summary>
    public static Option<string?> Postgres() => new("--postgres")
    {
        Description = "PostgreSQL + PostGIS store (Npgsql connection string) instead of --db; default: $CoverageMap__Store__Postgres.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CoverageMap__Store__Postgres") is { Length: > 0 } cs ? cs : null,
    };

    /// <summary>The project's geodata folder (registry and built areas).</summary>
    public static Option<DirectoryInfo> Geodata() => new("--geodata")
    {
        Description = "Folder holding partnerships.json and areas.geojson.",
        DefaultValueFactory = _ => new DirectoryInfo("geodata"),
    };

    /// <summary>Dry run is the default; this writes.</summary>
    public static Option<bool> Apply() => new("--apply")
    {
        Description = "Write the changes. Without it the command only reports what it would change.",
    };
}
