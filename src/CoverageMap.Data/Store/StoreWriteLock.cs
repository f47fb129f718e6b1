using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoverageMap.Data.Store;

/// <summary>
/// One writer at a time for the store's check-then-write transactions (imports of versions and address points,
/// activations), whichever process writes: several instances starting together on one empty database seed it once.
/// SQLite: the transaction begins with <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), which takes the
/// database's write lock at once, so whatever the transaction reads before it writes is still true when it writes.
/// PostgreSQL: the transaction first takes the transaction-scoped advisory lock <see cref="AdvisoryKey"/>
/// (<c>pg_advisory_xact_lock</c>, released at commit or rollback), and each later statement of the transaction sees
/// what the previous holder committed. Stateless and thread-safe.
/// </summary>
public static class StoreWriteLock
{
    /// <summary>The advisory lock key on PostgreSQL: "CovM" in ASCII.</summary>
    public const long AdvisoryKey = 0x436F764D;

    /// <summary>
    /// Applies pending migrations, one process at a time. On PostgreSQL EF Core's own migration lock does not stop two
    /// instances that start together on an empty database from both applying a later migration (found by
    /// <c>ConcurrentSeedingTests</c>: <c>relation "ux_dataset_versions_content_hash" already exists</c>), so the session holds
    /// the advisory lock <see cref="AdvisoryKey"/> + 1 across all of EF's transactions, and the next holder finds them applied.
    /// </summary>
    public static async Task MigrateAsync(CoverageMapDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({AdvisoryKey + 1})", ct);
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();   // ends the session, and with it the lock
        }
    }

    /// <summary>Begins a transaction on <paramref name="db"/> that holds the store's write lock until it ends.</summary>
    public static async Task<IDbContextTransaction> BeginAsync(CoverageMapDbContext db, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryKey})", ct);
        return tx;
    }
}
