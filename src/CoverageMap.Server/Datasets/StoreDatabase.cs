using CoverageMap.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// The server's store and the EF options for it: an SQLite file (the embedded default) or, when
/// <see cref="StoreSettings.Postgres"/> is set, a PostgreSQL + PostGIS database. Immutable.
/// </summary>
public sealed class StoreDatabase
{
    private StoreDatabase(string description, string? path, DbContextOptions<CoverageMapDbContext> options)
    {
        Description = description;
        Path = path;
        Options = options;
    }

    /// <summary>The SQLite file at <paramref name="path"/> (absolute).</summary>
    public static StoreDatabase Sqlite(string path) => new(path, path, StoreOptions.Sqlite(path));

    /// <summary>The PostgreSQL database of <paramref name="connectionString"/> (an Npgsql connection string).</summary>
    public static StoreDatabase Postgres(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return new StoreDatabase($"PostgreSQL {b.Host}:{b.Port}/{b.Database}", null, StoreOptions.Postgres(connectionString));
    }

    /// <summary>True on PostgreSQL, where several instances may share the database.</summary>
    public bool IsPostgres => Path is null;

    /// <summary>Absolute path of the SQLite file; null on PostgreSQL.</summary>
    public string? Path { get; }

    /// <summary>What the logs name the store by: the file's path, or PostgreSQL's host, port and database (never the password).</summary>
    public string Description { get; }

    /// <summary>Whether the store exists already: the SQLite file is there; a PostgreSQL database always is (it is never created here).</summary>
    public bool Exists => Path is null || File.Exists(Path);

    /// <summary>EF Core options for the store.</summary>
    public DbContextOptions<CoverageMapDbContext> Options { get; }
}
