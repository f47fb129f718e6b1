using CoverageMap.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// The server's store and the EF options for it: an SQLite file (the embedded default) or, when
/// <see cref="StoreSettings.Postgres"/> is set, a PostgreSQL + PostGIS database. Immutable.
/// </summary>
public sealed class StoreDatabase
{
    private StoreDatabase(string description, string? path, string? postgres, DbContextOptions<CoverageMapDbContext> options)
    {
        Description = description;
        Path = path;
        PostgresConnectionString = postgres;
        Options = options;
    }

    /// <summary>The SQLite file at <paramref name="path"/> (absolute).</summary>
    public static StoreDatabase Sqlite(string path) => new(path, path, null, StoreOptions.Sqlite(path));

    /// <summary>The PostgreSQL database of <paramref name="connectionString"/> (an Npgsql connection string).</summary>
    public static StoreDatabase Postgres(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return new StoreDatabase($"PostgreSQL {b.Host}:{b.Port}/{b.Database}", null, connectionString, StoreOptions.Postgres(connectionString));
    }

    /// <summary>True on PostgreSQL, where several instances may share the database.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(PostgresConnectionString))]
    public bool IsPostgres => PostgresConnectionString is not null;

    /// <summary>The Npgsql connection string on PostgreSQL (for <c>LISTEN</c>, see <see cref="StoreChangeListener"/>); null on SQLite.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>Absolute path of the SQLite file; null on PostgreSQL.</summary>
    public string? Path { get; }

    /// <summary>What the logs name the store by: the file's path, or PostgreSQL's host, port and database (never the password).</summary>
    public string Description { get; }

    /// <summary>Whether the store exists already: the SQLite file is there; a PostgreSQL database always is (it is never created here).</summary>
    public bool Exists => IsPostgres || File.Exists(Path);

    /// <summary>EF Core options for the store.</summary>
    public DbContextOptions<CoverageMapDbContext> Options { get; }
}
