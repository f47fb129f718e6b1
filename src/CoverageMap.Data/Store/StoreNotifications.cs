using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Store;

/// <summary>
/// On PostgreSQL the store tells every listening instance what changed: <c>NOTIFY coveragemap_store</c> with the payload
/// <see cref="Dataset"/> (another version activated) or <see cref="Gazetteer"/> (address points written), sent inside the
/// writing transaction, so a listener hears it once the change is committed and never before. On SQLite nothing is
/// sent (one process; the server polls). Stateless and thread-safe.
/// </summary>
public static class StoreNotifications
{
    /// <summary>The channel (<c>LISTEN coveragemap_store</c>).</summary>
    public const string Channel = "coveragemap_store";

    /// <summary>The payload: another dataset version is active.</summary>
    public const string Dataset = "dataset";

    /// <summary>The payload: address points were added or changed.</summary>
    public const string Gazetteer = "gazetteer";

    /// <summary>Queues <paramref name="payload"/> on <see cref="Channel"/> in the context's current transaction (PostgreSQL only).</summary>
    internal static async Task NotifyAsync(CoverageMapDbContext db, string payload, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", ct);
    }
}
