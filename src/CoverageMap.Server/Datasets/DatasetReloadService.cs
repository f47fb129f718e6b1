using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;
using CoverageMap.Data.Store;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// Polls the store for the active version id (one indexed query) and, when an operator has activated another
/// version (<c>coveragemap activate</c>), loads it, builds its index off to the side and swaps it in atomically.
/// </summary>
internal sealed class DatasetReloadService(IDatasetSource source, DatasetStore store, ActiveDatasetHolder holder, IOptions<StoreSettings> settings, ILogger<DatasetReloadService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = settings.Value.ReloadSeconds;
        if (seconds <= 0 || source is not StoreDatasetSource) return;   // another source (tests, synthetic) owns the dataset
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReloadIfChangedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the store for a new active version failed; still serving version {Version}.", holder.Current.Dataset.Version);
            }
        }
    }

    /// <summary>Loads and activates the store's active version when it differs from the one served.</summary>
    internal async Task<bool> ReloadIfChangedAsync(CancellationToken ct)
    {
        var active = await store.GetActiveVersionIdAsync(ct);
        if (active is null || active == holder.Current.Dataset.Version) return false;
        var dataset = await store.LoadAsync(active.Value, ct);
        if (dataset is null) return false;
        holder.Activate(dataset);
        logger.LogInformation("Switched to dataset version {Version} ({Label}).", dataset.Version, dataset.Label);
        return true;
    }
}
