using CoverageMap.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// How a command opens the store. A command that writes (<c>--apply</c>, <c>activate</c>) creates and migrates the
/// file. A dry run or a read-only command (<c>versions</c>) writes nothing, not even the schema: an existing file is
/// opened with <c>Mode=ReadOnly</c>; a missing one is, for a dry run, an empty private in-memory store (the report
/// compares against nothing) and, for <c>versions</c>, a clear message. Not thread-safe; dispose it when done.
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

    /// <summary>Creates and migrates the file.</summary>
    public static async Task<StoreAccess> ForWriteAsync(string path, CancellationToken ct)
    {
        var options = StoreOptions.Sqlite(path);
        await new DatasetStore(options).MigrateAsync(ct);
        return new StoreAccess(options, null);
    }

    /// <summary>For a dry run: the file read-only, or an empty in-memory store when there is no file.</summary>
    /// <exception cref="CliInputException">The file's schema is older than this program's (it would need migrating).</exception>
    public static async Task<StoreAccess> ForDryRunAsync(string path, CancellationToken ct)
    {
        if (File.Exists(path)) return await ReadOnlyAsync(path, ct);
        var name = "coveragemap-dry-run-" + Guid.NewGuid().ToString("N");
        var keeper = new SqliteConnection(StoreOptions.InMemoryConnectionString(name));
        await keeper.OpenAsync(ct);
        var options = StoreOptions.SqliteInMemory(name);
        await using (var db = new CoverageMapDbContext(options)) await db.Database.MigrateAsync(ct);
        return new StoreAccess(options, keeper);
    }

    /// <summary>The existing file, read-only.</summary>
    /// <exception cref="CliInputException">There is no such file, or its schema needs migrating.</exception>
    public static async Task<StoreAccess> ReadOnlyAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
            throw new CliInputException($"There is no store at {path}: nothing has been imported there yet (the server creates it on first start; `import --apply` too).");
        var options = StoreOptions.SqliteReadOnly(path);
        await using var db = new CoverageMapDbContext(options);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            throw new CliInputException($"The store at {path} has an older schema ({pending.Count} migration(s) pending: {string.Join(", ", pending)}); " +
                "this command does not change it. Start the server or run a command with --apply to upgrade it.");
        return new StoreAccess(options, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_memoryKeeper is not null) await _memoryKeeper.DisposeAsync();
    }
}
