using CoverageMap.Data.Store;
using Npgsql;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// Listens on the store's PostgreSQL channel (<see cref="StoreNotifications.Channel"/>) on a connection of its own and
/// calls back on every notification; so a version activated through another instance, the editor or the
/// <c>coveragemap</c> command reaches this instance at once. When the connection breaks it reconnects (after a second,
/// then up to 30 s apart) and calls back once connected again, since notifications sent meanwhile are lost. Used by one
/// <see cref="DatasetReloadService"/>; not thread-safe beyond that.
/// </summary>
internal sealed class StoreChangeListener(string connectionString, ILogger logger)
{
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(30);

    /// <summary>Listens until <paramref name="ct"/> is cancelled; <paramref name="changed"/> runs on each notification and after each (re)connection.</summary>
    public async Task RunAsync(Action changed, CancellationToken ct)
    {
        var dedicated = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString;
        var retry = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(dedicated);
                conn.Notification += (_, _) => changed();
                await conn.OpenAsync(ct);
                await using (var listen = new NpgsqlCommand($"LISTEN {StoreNotifications.Channel}", conn)) await listen.ExecuteNonQueryAsync(ct);
                logger.LogInformation("Listening for store changes on PostgreSQL (channel {Channel}).", StoreNotifications.Channel);
                retry = TimeSpan.FromSeconds(1);
                changed();   // whatever happened while nobody listened
                while (true)
                {
                    if (await conn.WaitAsync(Probe, ct)) continue;
                    await using var probe = new NpgsqlCommand("SELECT 1", conn);   // a half-open connection shows itself here
                    await probe.ExecuteScalarAsync(ct);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException && !ct.IsCancellationRequested)
            {
                logger.LogWarning("Listening for store changes failed ({Message}); polling goes on, listening again in {Seconds} s.", ex.Message, retry.TotalSeconds);
                await Task.Delay(retry, ct);
                retry = TimeSpan.FromSeconds(Math.Min(30, retry.TotalSeconds * 2));
            }
        }
    }
}
