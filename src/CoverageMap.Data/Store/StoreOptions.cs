using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Store;

/// <summary>Builds <see cref="DbContextOptions{TContext}"/> for the supported databases. Stateless.</summary>
public static class StoreOptions
{
    /// <summary>Options for an SQLite file (created on first use).</summary>
    public static DbContextOptions<CoverageMapDbContext> Sqlite(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        return new DbContextOptionsBuilder<CoverageMapDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False;Default Timeout=30")
            .Options;
    }

    /// <summary>The assembly holding the PostgreSQL migrations.</summary>
    public const string PostgresMigrationsAssembly = "CoverageMap.Data.Postgres";

    /// <summary>
    /// Options for a PostgreSQL database with PostGIS (an Npgsql connection string: <c>Host=…;Database=…;Username=…</c>).
    /// The database must exist; migrating creates the <c>postgis</c> extension when it is missing, which needs a role
    /// allowed to (or an administrator who ran <c>CREATE EXTENSION postgis</c> beforehand).
    /// </summary>
    public static DbContextOptions<CoverageMapDbContext> Postgres(string connectionString) =>
        new DbContextOptionsBuilder<CoverageMapDbContext>()
            .UseNpgsql(connectionString, o => o.UseNetTopologySuite().MigrationsAssembly(PostgresMigrationsAssembly))
            .Options;

    /// <summary>Options for an existing SQLite file, opened read-only (<c>Mode=ReadOnly</c>): nothing is created or migrated.</summary>
    public static DbContextOptions<CoverageMapDbContext> SqliteReadOnly(string path) =>
        new DbContextOptionsBuilder<CoverageMapDbContext>()
            .UseSqlite($"Data Source={path};Mode=ReadOnly;Pooling=False;Default Timeout=30")
            .Options;

    /// <summary>
    /// Options for a private in-memory database (shared cache, named <paramref name="name"/>): it lives while some
    /// connection to it is open, so the caller keeps one open. For dry runs against a store that does not exist yet.
    /// </summary>
    public static DbContextOptions<CoverageMapDbContext> SqliteInMemory(string name) =>
        new DbContextOptionsBuilder<CoverageMapDbContext>()
            .UseSqlite(InMemoryConnectionString(name))
            .Options;

    /// <summary>The connection string of <see cref="SqliteInMemory"/>.</summary>
    public static string InMemoryConnectionString(string name) => $"Data Source=file:{name}?mode=memory&cache=shared;Pooling=False";
}
