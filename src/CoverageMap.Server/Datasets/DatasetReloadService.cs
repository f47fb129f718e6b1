using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;
using CoverageMap.Data.Store;
using CoverageMap.Server.Features.Lookup;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// Checks the store (two cheap queries) and picks up what was done while the server runs, by the <c>coveragemap</c>
/// command, the editor or, on PostgreSQL, another instance: another activated dataset version (<c>activate</c>) is
/// loaded, indexed off to the side and swapped in atomically; new or changed address points (<c>import-addresses
/// --apply</c>) give a new gazetteer, swapped in the same way. The address resolver of the new state is built here, not
/// by the next request. It checks every <see cref="StoreSettings.ReloadSeconds"/> and, on PostgreSQL, also at once when
/// the store notifies a change (<see cref="StoreChangeListener"/>); polling stays as the fallback for lost notifications.
/// </summary>
internal sealed class DatasetReloadService(
    IDatasetSource source, DatasetStore store, StoreDatabase database, ActiveDatasetHolder holder, IServiceProvider services,
    IOptions<StoreSettings> settings, ILogger<DatasetReloadService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);
    private string? _gazetteerStamp;

    /// <summary>Raised after a change is served: <c>dataset</c> (another version swapped in) or <c>gazetteer</c> (new address points). For tests and diagnostics.</summary>
    public event Action<string>? Changed;

    // Resolved when first used, after the store is migrated: building it loads the address data.
    private AddressResolverProvider Addresses => services.GetRequiredService<AddressResolverProvider>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = settings.Value.ReloadSeconds;
        if (source is not StoreDatasetSource) return;   // another source (tests, synthetic) owns the dataset
        if (seconds <= 0 && !database.IsPostgres) return;
        _gazetteerStamp = await new AddressPointStore(database.Options).GetStampAsync(stoppingToken);
        if (database.IsPostgres)   // runs until the server stops; it handles its own failures
            _ = new StoreChangeListener(database.PostgresConnectionString, logger).RunAsync(() => _wake.Release(), stoppingToken);
        var period = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(period, stoppingToken);
            while (_wake.CurrentCount > 0) await _wake.WaitAsync(0, stoppingToken);   // one check answers every signal so far
            try
            {
                await ReloadIfChangedAsync(stoppingToken);
                await ReloadGazetteerIfChangedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the store for changes failed; still serving version {Version}.", holder.Current.Dataset.Version);
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
        var retired = Addresses.Get(holder.Current);
        var snapshot = holder.Activate(dataset);
        Addresses.For(snapshot);
        services.GetRequiredService<Features.Versions.VersionedAnswers>().Retire(retired);
        logger.LogInformation("Switched to dataset version {Version} ({Label}).", dataset.Version, dataset.Label);
        Changed?.Invoke("dataset");
        return true;
    }

    /// <summary>Loads the gazetteer again when the stored address points changed since it was last loaded.</summary>
    internal async Task<bool> ReloadGazetteerIfChangedAsync(CancellationToken ct)
    {
        var points = new AddressPointStore(database.Options);
        var stamp = await points.GetStampAsync(ct);
        if (stamp == _gazetteerStamp) return false;
        var gazetteer = await points.LoadGazetteerAsync(ct);
        Addresses.Replace(Addresses.Data with { Gazetteer = gazetteer });
        Addresses.For(holder.Current);
        _gazetteerStamp = stamp;
        logger.LogInformation("Loaded {Count} address points after an import.", gazetteer.Count);
        Changed?.Invoke("gazetteer");
        return true;
    }
}
