using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Loads the address data (register, rules, gazetteer, network) and builds the resolver of the active dataset at
/// start, after the store is migrated and the dataset activated (hosted services start in registration order), so
/// the first request pays for none of it. The parts read from files alone (register, network) are read on another
/// thread from the moment the host starts, beside the store's migration and the dataset's load (a second core's work
/// off the start-up path); a register that cannot be read still stops the start.
/// </summary>
internal sealed class AddressLookupWarmup(IServiceProvider services) : IHostedLifecycleService
{
    private Task<AddressLookupData.Files>? _files;

    private ILogger Logger => services.GetRequiredService<ILoggerFactory>().CreateLogger("CoverageMap.Addresses");

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<AddressResolverProvider>().Loaded) _files = ReadFiles();
        return Task.CompletedTask;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredService<AddressResolverProvider>();
        var holder = services.GetRequiredService<ActiveDatasetHolder>();
        if (!provider.Loaded)
            provider.Replace(await AddressLookupData.LoadAsync(
                await (_files ?? ReadFiles()), services.GetRequiredService<IConfiguration>(),
                services.GetRequiredService<Datasets.GeodataLocation>(), services.GetRequiredService<Datasets.StoreDatabase>(), Logger,
                // The registry as the active dataset holds it: read once at start, not again from the folder.
                new Core.Registry.PartnershipRegistry(1, [], holder.Current.Dataset.Partnerships), cancellationToken));
        provider.For(holder.Current);
    }

    private Task<AddressLookupData.Files> ReadFiles() => Task.Run(() => AddressLookupData.LoadFiles(
        services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>(),
        services.GetRequiredService<Datasets.GeodataLocation>(), Logger));

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
