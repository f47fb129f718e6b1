using CoverageMap.Cli.Localization;
using CoverageMap.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// How a command opens the store. A command that writes (<c>--apply</c>, <c>activate</c>) creates and migrates the
/// file. A dry run or a read-only command (<c>versions</c>) writes nothing, not even the schema: an existing file is
/// opened with <c>Mode=ReadOnly</c>; a missing one is, for a dry run, an empty private in-memory store (the report
/// compares against nothing) and, for <c>versions</c>, a clear message. On PostgreSQL (<see cref="StoreLocation.Postgres"/>)
/// a write migrates the database, and a dry run or a read-only command uses read-only transactions
/// (<c>default_transaction_read_only</c>) on a database that must be migrated already. Not thread-safe; dispose it when done.
/// </summary>
internal sealed class StoreAccess : IAsyncDisposable
{
    private readonly SqliteConnection? _memoryKeeper;

    private StoreAccess(DbContextOptions<CoverageMapDbContext> options, SqliteConnection? memoryKeeper)
    {
        Options = options;
        _memoryKeeper = memoryKeeper;
    }

    /// <summary>The EF options of the store.</summary>
    public DbContextOptions<CoverageMapDbContext> Options { get; }

    /// <summary>Creates and migrates the file (or migrates the PostgreSQL database).</summary>
    public static async Task<StoreAccess> ForWriteAsync(StoreLocation store, CancellationToken ct)
    {
        var options = store.Postgres is { } cs ? StoreOptions.Postgres(cs) : StoreOptions.Sqlite(store.Path);
        await new DatasetStore(options).MigrateAsync(ct);
        return new StoreAccess(options, null);
    }

    /// <summary>For a dry run: the file read-only, or an empty in-memory store when there is no file.</summary>
    /// <exception cref="CliInputException">The file's schema is older than this program's (it would need migrating).</exception>
    public static async Task<StoreAccess> ForDryRunAsync(StoreLocation store, CliText t, CancellationToken ct)
    {
        if (store.Postgres is not null || File.Exists(store.Path)) return await ReadOnlyAsync(store, t, ct);
        var name = "coveragemap-dry-run-" + Guid.NewGuid().ToString("N");
        var keeper = new SqliteConnection(StoreOptions.InMemoryConnectionString(name));
        await keeper.OpenAsync(ct);
        var options = StoreOptions.SqliteInMemory(name);
        await using (var db = new CoverageMapDbContext(options)) await db.Database.MigrateAsync(ct);
        return new StoreAccess(options, keeper);
    }

    /// <summary>The existing file, read-only.</summary>
    /// <exception cref="CliInputException">There is no such file, or its schema needs migrating.</exception>
    public static async Task<StoreAccess> ReadOnlyAsync(StoreLocation store, CliText t, CancellationToken ct)
    {
        var path = store.Postgres is null ? store.Path : t["PostgresDatabase"];
        if (store.Postgres is null && !File.Exists(path)) throw new CliInputException(t["NoStore", path]);
        var options = store.Postgres is { } cs
            ? StoreOptions.Postgres(new Npgsql.NpgsqlConnectionStringBuilder(cs) { Options = "-c default_transaction_read_only=on" }.ConnectionString)
            : StoreOptions.SqliteReadOnly(path);
        await using var db = new CoverageMapDbContext(options);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            throw new CliInputException(t["OlderSchema", path, t.Count("Migrations", pending.Count), string.Join(", ", pending)]);
        return new StoreAccess(options, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_memoryKeeper is not null) await _memoryKeeper.DisposeAsync();
    }
}
