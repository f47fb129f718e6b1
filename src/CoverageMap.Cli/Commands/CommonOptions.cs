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
