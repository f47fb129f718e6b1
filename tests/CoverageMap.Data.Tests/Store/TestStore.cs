using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Tests.Store;

/// <summary>
/// A store of the test's own on one provider: <see cref="Sqlite"/> (a new file in a new temporary folder) or
/// <see cref="Postgres"/> (a new database of the shared test cluster). For theories over providers. Dispose it.
/// </summary>
internal sealed class TestStore : IDisposable
{
    /// <summary>The theory values: the embedded default and PostgreSQL + PostGIS.</summary>
    public const string Sqlite = "sqlite", Postgres = "postgres";

    private readonly string? _dir;

    private TestStore(string provider, DbContextOptions<CoverageMapDbContext> options, string? dir)
    {
        Provider = provider;
        Options = options;
        _dir = dir;
    }

    /// <summary>Both providers, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    /// <summary><see cref="Sqlite"/> or <see cref="Postgres"/>.</summary>
    public string Provider { get; }

    /// <summary>The EF options of the store (a second <see cref="DatasetStore"/> on them sees the same data).</summary>
    public DbContextOptions<CoverageMapDbContext> Options { get; }

    /// <summary>A new store on <paramref name="provider"/>; <paramref name="postgres"/> is the class's fixture.</summary>
    public static async Task<TestStore> CreateAsync(string provider, PostgresFixture postgres)
    {
        if (provider == Postgres) return new TestStore(provider, StoreOptions.Postgres(await postgres.CreateDatabaseAsync()), null);
        var dir = Directory.CreateTempSubdirectory("coveragemap-store-").FullName;
        return new TestStore(provider, StoreOptions.Sqlite(Path.Combine(dir, "store.db")), dir);
    }

    public void Dispose()
    {
        if (_dir is null) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
